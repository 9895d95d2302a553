import type sanitizeHtml from 'sanitize-html';
import { IMPORTED_BODY_ATTRIBUTES, IMPORTED_BODY_RENAMES, IMPORTED_BODY_TAGS, isAllowedUrl } from '../shared/policy';
import { WEB_PICTURE_LINK_CLASS, webPictureLink } from '../shared/images/webPictureLinks';
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

// A picture in imported HTML that points at the web stays a link to it, its alt text (else its address) as the words,
// marked as a picture so the author can download it: showing it would fetch it, and nothing is fetched until the
// author asks. Without a web address only the alt text is left.
function pictureAsLink(_tag: string, attribs: Attributes) {
  const picture = webPictureLink(attribs['src'], attribs['alt']);
  return {
    tagName: 'a',
    attribs: picture ? { href: picture.href, class: WEB_PICTURE_LINK_CLASS } : {},
    text: picture?.words ?? attribs['alt']?.trim() ?? '',
  };
}

// What imported and pasted HTML is cut down to before it becomes a post body.
export const importAllowList: sanitizeHtml.IOptions = policyOptions({
  tags: IMPORTED_BODY_TAGS,
  attributes: IMPORTED_BODY_ATTRIBUTES,
  renames: IMPORTED_BODY_RENAMES,
  transforms: { a: link, img: pictureAsLink, ol: (_tag, attribs) => ({ tagName: 'ol', attribs: listStart(attribs) }) },
});
