import { toIsoDate } from '../dates/toIsoDate';
import type { ImportedThread } from '../../shared/importTypes';
import { attrOf, childrenOf, childText, type XmlNode } from '../xml/xmlNode';
import { ATOM, KIND_SCHEME, TAKEOUT } from './bloggerNamespaces';
import { readBloggerAuthor } from './readBloggerAuthor';
import { readBloggerContent } from './readBloggerContent';

// A post or page entry; its comments are attached later, since they may come anywhere in the feed.
export function readBloggerPost(entry: XmlNode): ImportedThread {
  const id = childText(entry, ATOM, 'id');
  const url = alternateLink(entry);
  const path = childText(entry, TAKEOUT, 'filename') || (url ? safePath(url) : '');
  return {
    sourceKey: id,
    title: childText(entry, ATOM, 'title'),
    url,
    slug: /([^/]+?)(?:\.html?)?$/.exec(path)?.[1] ?? null,
    author: readBloggerAuthor(entry),
    postHtml: readBloggerContent(entry) || null,
    publishedAt: toIsoDate(childText(entry, ATOM, 'published')) ?? toIsoDate(childText(entry, ATOM, 'updated')),
    lang: null,
    categories: labels(entry),
    comments: [],
  };
}

const alternateLink = (entry: XmlNode): string | null => {
  const link = childrenOf(entry, ATOM, 'link').find((l) => attrOf(l, 'rel') === 'alternate');
  return (link && attrOf(link, 'href')) || null;
};

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

// Labels are the categories that are not the entry-kind marker.
const labels = (entry: XmlNode): string[] => [
  ...new Set(
    childrenOf(entry, ATOM, 'category')
      .filter((c) => attrOf(c, 'scheme') !== KIND_SCHEME)
      .map((c) => (attrOf(c, 'term') ?? '').trim())
      .filter((term) => term !== ''),
  ),
];
