import DOMPurify from 'dompurify';
import {
  DROPPED_WITH_CONTENT,
  isAllowedUrl,
  LINK_SCHEMES,
  type TagAttributes,
} from '../../../electron/core/shared/policy';

interface SanitizerPolicy {
  tags: readonly string[];
  attributes: TagAttributes;
  // The rel every kept link gets.
  linkRel: string;
}

const ALLOWED_URI_REGEXP = new RegExp(`^(?:${LINK_SCHEMES.join('|')}):`, 'i');

// A DOMPurify of its own for one of the policy's tag lists.
export const policySanitizer = ({ tags, attributes, linkRel }: SanitizerPolicy): ((html: string) => string) => {
  // DOMPurify's lists are flat; the hook below holds each tag to its own attributes.
  const allowedAttributes = [...new Set(Object.values(attributes).flat())];
  const purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    const allowed = attributes[node.localName] ?? [];
    for (const name of node.getAttributeNames()) if (!allowed.includes(name)) node.removeAttribute(name);
    if (node.localName !== 'a') return;
    if (!isAllowedUrl(node.getAttribute('href'))) {
      node.removeAttribute('href');
      node.removeAttribute('rel');
      return;
    }
    node.setAttribute('rel', linkRel);
    // Links open outside the app, never in its window.
    node.setAttribute('target', '_blank');
  });
  return (html) =>
    purifier.sanitize(html, {
      ALLOWED_TAGS: [...tags],
      ALLOWED_ATTR: allowedAttributes,
      ALLOWED_URI_REGEXP,
      ADD_FORBID_CONTENTS: [...DROPPED_WITH_CONTENT],
      ALLOW_DATA_ATTR: false,
    });
};
