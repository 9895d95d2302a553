import DOMPurify from 'dompurify';
import {
  COMMENT_ATTRIBUTES,
  COMMENT_TAGS,
  DROPPED_WITH_CONTENT,
  isAllowedUrl,
  LINK_SCHEMES,
  READER_LINK_REL,
} from '../../../electron/core/shared/policy';

// DOMPurify's lists are flat; the hook below holds each tag to its own attributes.
const ALLOWED_ATTR = [...new Set(Object.values(COMMENT_ATTRIBUTES).flat())];
const ALLOWED_URI_REGEXP = new RegExp(`^(?:${LINK_SCHEMES.join('|')}):`, 'i');

const purifier = DOMPurify(window);

purifier.addHook('afterSanitizeAttributes', (node) => {
  const allowed = COMMENT_ATTRIBUTES[node.localName] ?? [];
  for (const name of node.getAttributeNames()) if (!allowed.includes(name)) node.removeAttribute(name);
  if (node.localName !== 'a') return;
  if (!isAllowedUrl(node.getAttribute('href'))) {
    node.removeAttribute('href');
    node.removeAttribute('rel');
    return;
  }
  node.setAttribute('rel', READER_LINK_REL);
  // Links in a comment open outside the app, never in its window.
  node.setAttribute('target', '_blank');
});

// The core sanitized this at import; doing it again here means one slip there is not enough for a script to run.
export const sanitizeCommentHtml = (html: string): string =>
  purifier.sanitize(html, {
    ALLOWED_TAGS: [...COMMENT_TAGS],
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP,
    ADD_FORBID_CONTENTS: [...DROPPED_WITH_CONTENT],
    ALLOW_DATA_ATTR: false,
  });
