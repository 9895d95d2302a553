import { COMMENT_ATTRIBUTES, COMMENT_TAGS, READER_LINK_REL } from '../../../electron/core/shared/policy';
import { policySanitizer } from './policySanitizer';

// The core sanitized this at import; doing it again here means one slip there is not enough for a script to run.
export const sanitizeCommentHtml = policySanitizer({
  tags: COMMENT_TAGS,
  attributes: COMMENT_ATTRIBUTES,
  linkRel: READER_LINK_REL,
});
