import { POST_BODY_ATTRIBUTES, POST_BODY_TAGS, POST_LINK_REL } from '../../../electron/core/shared/policy';
import { policySanitizer } from '../threads/policySanitizer';

// A reply is the author's, written in the post editor's schema; the core rendered it, and it is checked again here.
export const sanitizeReplyHtml = policySanitizer({
  tags: POST_BODY_TAGS,
  attributes: POST_BODY_ATTRIBUTES,
  linkRel: POST_LINK_REL,
});
