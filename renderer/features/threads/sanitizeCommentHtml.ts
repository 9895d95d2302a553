import DOMPurify from 'dompurify';
import {
  OUTPUT_ATTRIBUTES,
  OUTPUT_LINK_REL,
  OUTPUT_TAGS,
  OUTPUT_URL_SCHEMES,
} from '../../../electron/core/shared/policy/outputAllowList';

// The very lists the core's output sanitizer uses.
const ALLOWED_ATTR = [...new Set(Object.values(OUTPUT_ATTRIBUTES).flat())];
const ALLOWED_URI_REGEXP = new RegExp(`^(?:${OUTPUT_URL_SCHEMES.join('|')}):`, 'i');

const purifier = DOMPurify(window);

// Links in a comment open outside the app, never in its window.
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', OUTPUT_LINK_REL);
  }
});

// The core sanitized this at import; doing it again here means one slip there is not enough for a script to run.
export const sanitizeCommentHtml = (html: string): string =>
  purifier.sanitize(html, {
    ALLOWED_TAGS: OUTPUT_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP,
    ALLOW_DATA_ATTR: false,
  });
