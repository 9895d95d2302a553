import sanitizeHtml from 'sanitize-html';
import { refuseDeepMarkup } from '../../content/markupDepth';
import { safeLinkUrl } from '../../shared/policy/safeLinkUrl';
import { stripControlCharacters } from './stripControlCharacters';

export const COMMENT_TAGS = [
  'p', 'br', 'a', 'em', 'strong', 'b', 'i', 'code', 'pre', 'blockquote', 'q', 'cite', 'del', 's', 'ul', 'ol', 'li',
];
export const LINK_REL = 'nofollow ugc noopener noreferrer';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: COMMENT_TAGS,
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Their content is code or another document, never comment text: drop it with the tag.
  nonTextTags: [
    'script', 'style', 'textarea', 'option', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes', 'plaintext',
    'template', 'title', 'svg', 'math', 'object', 'applet', 'select', 'head',
  ],
  parseStyleAttributes: false,
  transformTags: {
    a: (_tagName, attribs): sanitizeHtml.Tag => {
      const href = safeLinkUrl(attribs.href);
      return { tagName: 'a', attribs: href ? { href, rel: LINK_REL } : {} };
    },
  },
  // A link without a safe target becomes its text. (Renaming the tag instead leaks the new name onto the next
  // link's closing tag in sanitize-html 2.18.)
  exclusiveFilter: (frame) => (frame.tag === 'a' && !frame.attribs.href ? 'excludeTag' : false),
};

// Reduces comment HTML to the allow-list; every link gets an absolute http/https/mailto href and rel="nofollow ugc …".
export function sanitizeCommentHtml(html: string): string {
  refuseDeepMarkup(html);
  return sanitizeHtml(stripControlCharacters(html), OPTIONS).trim();
}
