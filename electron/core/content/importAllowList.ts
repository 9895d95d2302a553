import type sanitizeHtml from 'sanitize-html';
import { IMPORTED_BODY_ATTRIBUTES, IMPORTED_BODY_RENAMES, IMPORTED_BODY_TAGS, isAllowedUrl } from '../shared/policy';
import { listStart, policyOptions } from './policyOptions';

type Attributes = sanitizeHtml.Attributes;

// A link survives only with an allowed address; surrounding spaces, common in pasted HTML, are forgiven.
function link(_tag: string, attribs: Attributes) {
  const href = attribs['href']?.trim() ?? '';
  const title = attribs['title'];
  const kept: Attributes = isAllowedUrl(href) ? { href } : {};
  if (kept['href'] && title) kept['title'] = title;
  return { tagName: 'a', attribs: kept };
}

// What imported and pasted HTML is cut down to before it becomes a post body.
export const importAllowList: sanitizeHtml.IOptions = policyOptions({
  tags: IMPORTED_BODY_TAGS,
  attributes: IMPORTED_BODY_ATTRIBUTES,
  renames: IMPORTED_BODY_RENAMES,
  transforms: { a: link, ol: (_tag, attribs) => ({ tagName: 'ol', attribs: listStart(attribs) }) },
});
