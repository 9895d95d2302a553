import DOMPurify from 'dompurify';

// The same allow-list as the core's output sanitizer (electron/core/export/sanitizeOutput.ts).
const ALLOWED_TAGS = ['p', 'br', 'h2', 'h3', 'strong', 'em', 's', 'code', 'pre', 'a', 'ul', 'ol', 'li', 'blockquote', 'hr'];
const ALLOWED_ATTR = ['href', 'rel', 'start', 'type'];
const ALLOWED_URI_REGEXP = /^(?:https?:|mailto:)/i;

const purifier = DOMPurify(window);

// Links in a comment open outside the app, never in its window.
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer nofollow');
  }
});

// The core sanitized this at import; doing it again here means one slip there is not enough for a script to run.
export const sanitizeCommentHtml = (html: string): string =>
  purifier.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP,
    ALLOW_DATA_ATTR: false,
  });
