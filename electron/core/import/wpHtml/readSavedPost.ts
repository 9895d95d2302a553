import type { Document, Element } from 'domhandler';
import { DomUtils } from 'htmlparser2';
import { toIsoDate } from '../dates/toIsoDate';
import { allowedUrlField, WEB_SCHEMES } from '../../shared/policy';
import { findFirst, hasClass, innerHtml, textOf } from './domQueries';

export interface SavedPost {
  title: string;
  url: string | null;
  lang: string | null;
  publishedAt: string | null;
  postHtml: string | null;
  authorName: string | null;
  categories: string[];
}

const meta = (doc: Document, test: (el: Element) => boolean): string | undefined =>
  findFirst(doc.children, (el) => el.name === 'meta' && test(el))?.attribs.content;

// The post around the comments: title from h1.entry-title or <title>, URL from the canonical link or og:url.
export function readSavedPost(doc: Document): SavedPost {
  const heading = findFirst(doc.children, (el) => /^h[1-3]$/.test(el.name) && hasClass(el, 'entry-title'));
  const canonical = findFirst(
    doc.children,
    (el) => el.name === 'link' && (el.attribs.rel ?? '').split(/\s+/).includes('canonical'),
  );
  const ogUrl = meta(doc, (el) => el.attribs.property === 'og:url');
  const html = findFirst(doc.children, (el) => el.name === 'html');
  const entryDate = findFirst(doc.children, (el) => el.name === 'time' && hasClass(el, 'entry-date'));
  const content = findFirst(doc.children, (el) => hasClass(el, 'entry-content'));
  const byline = findFirst(doc.children, (el) => hasClass(el, 'author') && hasClass(el, 'vcard'));
  const terms = DomUtils.findAll((el) => el.name === 'a' && isTermLink(el), doc.children).map((el) => textOf(el));
  return {
    title: textOf(heading) || textOf(findFirst(doc.children, (el) => el.name === 'title')),
    url: allowedUrlField(canonical?.attribs.href, WEB_SCHEMES) ?? allowedUrlField(ogUrl, WEB_SCHEMES),
    lang: html?.attribs.lang?.trim() || null,
    publishedAt:
      toIsoDate(meta(doc, (el) => el.attribs.property === 'article:published_time')) ??
      toIsoDate(entryDate?.attribs.datetime),
    postHtml: content ? innerHtml(content) : null,
    authorName: textOf(byline) || meta(doc, (el) => el.attribs.name === 'author') || null,
    categories: [...new Set(terms.filter((t) => t !== ''))],
  };
}

// Themes link a post's categories and tags with rel="category tag" / rel="tag".
const isTermLink = (el: Element): boolean => {
  const rel = (el.attribs.rel ?? '').split(/\s+/);
  return rel.includes('tag') || rel.includes('category');
};
