import sanitizeHtml from 'sanitize-html';
import { refuseDeepMarkup } from '../../content/markupDepth';
import { policyOptions } from '../../content/policyOptions';
import {
  allowedUrlField,
  COMMENT_ATTRIBUTES,
  COMMENT_BLOCK_RENAMES,
  COMMENT_TAGS,
  READER_LINK_REL,
} from '../../shared/policy';
import { flattenParagraphs } from './flattenParagraphs';
import { stripControlCharacters } from './stripControlCharacters';

// Built once for every comment of every import.
export const COMMENT_SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  ...policyOptions({
    tags: COMMENT_TAGS,
    attributes: COMMENT_ATTRIBUTES,
    renames: COMMENT_BLOCK_RENAMES,
    transforms: {
      a: (_tagName, attribs): sanitizeHtml.Tag => {
        const href = allowedUrlField(attribs['href']);
        return { tagName: 'a', attribs: href ? { href, rel: READER_LINK_REL } : {} };
      },
    },
  }),
  // A link without a safe target becomes its text. (Renaming the tag instead leaks the new name onto the next
  // link's closing tag in sanitize-html 2.18.)
  exclusiveFilter: (frame) => (frame.tag === 'a' && !frame.attribs['href'] ? 'excludeTag' : false),
};

// Comment HTML cut down to the comment policy, every element the source had still there (renamed blocks may nest).
export function sanitizeCommentMarkup(html: string): string {
  refuseDeepMarkup(html);
  return sanitizeHtml(stripControlCharacters(html), COMMENT_SANITIZE_OPTIONS);
}

// Reduces comment HTML to the comment policy, other blocks kept apart as paragraphs; every link gets a normalized http/https/mailto href and the reader-link rel.
export function sanitizeCommentHtml(html: string): string {
  return flattenParagraphs(sanitizeCommentMarkup(html)).trim();
}
