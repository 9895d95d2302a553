import sanitizeHtml from 'sanitize-html';
import { isAllowedUrl } from '../shared/policy/allowedUrl';
import { bodyTagRenames } from '../content/bodyTagRenames';
import { NON_TEXT_TAGS } from '../content/nonTextTags';
import { OUTPUT_ATTRIBUTES, OUTPUT_LINK_REL, OUTPUT_LIST_TYPES, OUTPUT_TAGS, OUTPUT_URL_SCHEMES } from '../shared/policy/outputAllowList';

type Attributes = sanitizeHtml.Attributes;

// Every exported link gets the same rel; one without an allowed address is left as plain text in an <a>.
function link(_tag: string, attribs: Attributes) {
  const href = attribs['href']?.trim() ?? '';
  const kept: Attributes = isAllowedUrl(href) ? { href, rel: OUTPUT_LINK_REL } : {};
  return { tagName: 'a', attribs: kept };
}

function orderedList(_tag: string, attribs: Attributes) {
  const start = attribs['start']?.trim() ?? '';
  const kept: Attributes = /^\d{1,9}$/.test(start) ? { start } : {};
  const type = attribs['type'];
  if (type && OUTPUT_LIST_TYPES.includes(type)) kept['type'] = type;
  return { tagName: 'ol', attribs: kept };
}

const OUTPUT_ALLOW_LIST: sanitizeHtml.IOptions = {
  allowedTags: OUTPUT_TAGS,
  allowedAttributes: OUTPUT_ATTRIBUTES,
  allowedSchemes: OUTPUT_URL_SCHEMES,
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: NON_TEXT_TAGS,
  transformTags: {
    ...bodyTagRenames,
    a: link,
    ol: orderedList,
  },
};

// THE sanitizer every export output goes through: post bodies and imported comment HTML alike.
export function sanitizeOutput(html: string): string {
  return sanitizeHtml(html, OUTPUT_ALLOW_LIST);
}
