import { toIsoDate } from '../dates/toIsoDate';
import type { ImportedThread } from '../../shared/importTypes';
import { attrOf, childOf, childrenOf, childText, type XmlNode } from '../xml/xmlNode';
import { kanalId, KANAL_META, metaValue } from './kanalMeta';
import { readWxrComment } from './readWxrComment';
import { CONTENT, DC, isWpNamespace as WP, RSS } from './wxrNamespaces';

export type WxrItem =
  | { kind: 'thread'; thread: ImportedThread; creator: string }
  // WordPress' importer refuses items of other post types ("Invalid post type"), comments and all.
  | { kind: 'not-a-post'; title: string; postType: string; comments: number };

const THREAD_TYPES = new Set(['post', 'page']);
const TERM_DOMAINS = new Set(['category', 'post_tag']);

// One RSS <item>; null when it has no comments, since a post without comments is not a thread.
export function readWxrItem(item: XmlNode, lang: string | null): WxrItem | null {
  const commentNodes = childrenOf(item, WP, 'comment');
  if (commentNodes.length === 0) return null;
  const title = childText(item, RSS, 'title');
  const postType = childText(item, WP, 'post_type');
  if (!THREAD_TYPES.has(postType)) return { kind: 'not-a-post', title, postType, comments: commentNodes.length };
  const postId = childText(item, WP, 'post_id');
  const link = childText(item, RSS, 'link');
  const thread: ImportedThread = {
    sourceKey: childText(item, RSS, 'guid') || link || (postId ? `post-${postId}` : title),
    title,
    url: link || null,
    slug: childText(item, WP, 'post_name') || null,
    author: null,
    postHtml: childOf(item, CONTENT, 'encoded')?.text ?? null,
    publishedAt:
      toIsoDate(childText(item, WP, 'post_date_gmt')) ??
      toIsoDate(childText(item, RSS, 'pubDate')) ??
      toIsoDate(childText(item, WP, 'post_date')),
    lang,
    categories: readTerms(item),
    comments: commentNodes.map((node, i) => readWxrComment(node, i + 1)),
    wordpress: {
      postId,
      title,
      postDate: childText(item, WP, 'post_date'),
      postDateGmt: childText(item, WP, 'post_date_gmt'),
      postType,
      guid: childText(item, RSS, 'guid'),
      link,
      authorUserId: null,
    },
  };
  const kanalThreadId = kanalId(metaValue(item, 'postmeta', KANAL_META.thread));
  if (kanalThreadId) thread.kanalThreadId = kanalThreadId;
  return { kind: 'thread', thread, creator: childText(item, DC, 'creator') };
}

function readTerms(item: XmlNode): string[] {
  const names = childrenOf(item, RSS, 'category')
    .filter((c) => TERM_DOMAINS.has(attrOf(c, 'domain') ?? 'category'))
    .map((c) => c.text.trim())
    .filter((name) => name !== '');
  return [...new Set(names)];
}
