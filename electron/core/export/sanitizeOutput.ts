import sanitizeHtml from 'sanitize-html';
import { listStart, policyOptions } from '../content/policyOptions';
import { isExportedPictureSource } from './placePictures';
import {
  isAllowedUrl,
  LIST_TYPES,
  POST_BODY_ATTRIBUTES,
  POST_BODY_RENAMES,
  POST_BODY_TAGS,
  POST_LINK_REL,
  READER_LINK_REL,
  WEB_SCHEMES,
} from '../shared/policy';

type Attributes = sanitizeHtml.Attributes;

// Whose words these are: the author's own links, or links a reader wrote (nofollow ugc).
export type OutputSource = 'author' | 'reader';

// Every exported link of one source gets the same rel; one without an allowed address is left as plain text in an <a>.
const link = (rel: string) => (_tag: string, attribs: Attributes) => {
  const href = attribs['href']?.trim() ?? '';
  const kept: Attributes = isAllowedUrl(href) ? { href, rel } : {};
  return { tagName: 'a', attribs: kept };
};

// A picture kept in an export is beside the file (images/<name>) or inside it (a data: URL of its own format). One on
// the web becomes a link to it, its alt text (else its address) as the words, so opening the export fetches nothing;
// one with any other address is left out (see DROPPED_PICTURE).
const picture = (rel: string) => (_tag: string, attribs: Attributes) => {
  const src = attribs['src']?.trim() ?? '';
  if (isAllowedUrl(src, WEB_SCHEMES))
    return { tagName: 'a', attribs: { href: src, rel }, text: attribs['alt']?.trim() || src };
  if (!isExportedPictureSource(src)) return { tagName: 'img', attribs: {} };
  const kept: Attributes = { src };
  for (const name of ['alt', 'title']) {
    const value = attribs[name];
    if (value !== undefined) kept[name] = value;
  }
  return { tagName: 'img', attribs: kept };
};

// sanitize-html writes an <img> with no attributes exactly so, and escapes every "<" of text: this is only ever a
// picture left without an address, removed after (its filters lose the text after a void element).
const DROPPED_PICTURE = '<img />';

function orderedList(_tag: string, attribs: Attributes) {
  const kept = listStart(attribs);
  const type = attribs['type'];
  if (type && LIST_TYPES.includes(type)) kept['type'] = type;
  return { tagName: 'ol', attribs: kept };
}

const outputOptions = (rel: string) =>
  policyOptions({
    tags: POST_BODY_TAGS,
    attributes: POST_BODY_ATTRIBUTES,
    renames: POST_BODY_RENAMES,
    transforms: { a: link(rel), img: picture(rel), ol: orderedList },
  });

const OUTPUT_OPTIONS: Record<OutputSource, sanitizeHtml.IOptions> = {
  author: outputOptions(POST_LINK_REL),
  reader: outputOptions(READER_LINK_REL),
};

// THE sanitizer every export output goes through: post bodies, the author's replies and imported comment HTML alike.
export function sanitizeOutput(html: string, source: OutputSource = 'author'): string {
  return sanitizeHtml(html, OUTPUT_OPTIONS[source]).replaceAll(DROPPED_PICTURE, '');
}
