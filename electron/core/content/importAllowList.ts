import type sanitizeHtml from 'sanitize-html';
import { isAllowedUrl } from '../shared/policy/allowedUrl';
import { bodyTagRenames, renamedTo } from './bodyTagRenames';
import { NON_TEXT_TAGS } from './nonTextTags';

type Attributes = sanitizeHtml.Attributes;

// Containers with no node of their own still separate blocks: kept as a bare <div>, they stop paragraphs running together.
const CONTAINERS = [
  'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'figure', 'figcaption', 'address',
  'dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'details', 'summary', 'center',
];

// A link survives only with an allowed address; surrounding spaces, common in pasted HTML, are forgiven.
function link(_tag: string, attribs: Attributes) {
  const href = attribs['href']?.trim() ?? '';
  const title = attribs['title'];
  const kept: Attributes = isAllowedUrl(href) ? { href } : {};
  if (kept['href'] && title) kept['title'] = title;
  return { tagName: 'a', attribs: kept };
}

function orderedList(_tag: string, attribs: Attributes) {
  const start = attribs['start']?.trim() ?? '';
  const kept: Attributes = /^\d{1,9}$/.test(start) ? { start } : {};
  return { tagName: 'ol', attribs: kept };
}

// What imported and pasted HTML is cut down to before it becomes a post body.
export const importAllowList: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'h2', 'h3', 'strong', 'em', 's', 'code', 'pre', 'a', 'ul', 'ol', 'li', 'blockquote', 'hr', 'div'],
  allowedAttributes: { a: ['href', 'title'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: NON_TEXT_TAGS,
  transformTags: {
    ...bodyTagRenames,
    tt: renamedTo('code'),
    kbd: renamedTo('code'),
    samp: renamedTo('code'),
    a: link,
    ol: orderedList,
    ...Object.fromEntries(CONTAINERS.map((tag) => [tag, renamedTo('div')])),
  },
};
