import sanitizeHtml from 'sanitize-html';
import { listStart, policyOptions } from '../content/policyOptions';
import {
  isAllowedUrl,
  LIST_TYPES,
  POST_BODY_ATTRIBUTES,
  POST_BODY_RENAMES,
  POST_BODY_TAGS,
  POST_LINK_REL,
} from '../shared/policy';

type Attributes = sanitizeHtml.Attributes;

// Every exported link gets the same rel; one without an allowed address is left as plain text in an <a>.
function link(_tag: string, attribs: Attributes) {
  const href = attribs['href']?.trim() ?? '';
  const kept: Attributes = isAllowedUrl(href) ? { href, rel: POST_LINK_REL } : {};
  return { tagName: 'a', attribs: kept };
}

function orderedList(_tag: string, attribs: Attributes) {
  const kept = listStart(attribs);
  const type = attribs['type'];
  if (type && LIST_TYPES.includes(type)) kept['type'] = type;
  return { tagName: 'ol', attribs: kept };
}

const OUTPUT_OPTIONS = policyOptions({
  tags: POST_BODY_TAGS,
  attributes: POST_BODY_ATTRIBUTES,
  renames: POST_BODY_RENAMES,
  transforms: { a: link, ol: orderedList },
});

// THE sanitizer every export output goes through: post bodies and imported comment HTML alike.
export function sanitizeOutput(html: string): string {
  return sanitizeHtml(html, OUTPUT_OPTIONS);
}
