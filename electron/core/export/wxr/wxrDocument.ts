import type { ExportedFile } from '../../api';
import { postBodyHtml } from '../postBodyHtml';
import { KANAL_META } from '../../import/wxr/kanalMeta';
import { slugify } from '../../shared/content/slugify';
import type { Channel, Post, Settings, WordPressPost } from '../../shared/schema';
import type { LoadedThread } from '../conversation';
import { postFacts, type PostFacts } from '../postFacts';
import { blogOffsetMinutes, rssDate, wordpressDate } from './wordpressDates';
import { wxrCommentXml, wxrComments } from './wxrComments';
import { cdata, element, escapeXml } from './xmlText';

export const WXR_NAMESPACE = 'http://wordpress.org/export/1.2/';

export interface WxrOptions {
  withThread: boolean;
  repliesOnly: boolean;
}

// What WordPress knows the post by. Its importer treats a post as one it has when title, post date and post type
// match, so a post that came from WordPress keeps them exactly as imported.
function postIdentity(facts: PostFacts, threads: LoadedThread[]): WordPressPost {
  const imported = threads.find((thread) => thread.index.wordpress)?.index.wordpress;
  if (imported) return imported;
  const date = wordpressDate(facts.sortDate);
  return {
    postId: '0',
    title: facts.title,
    postDate: date,
    postDateGmt: date,
    postType: 'post',
    guid: facts.url ?? `kanal:post:${facts.post.id}`,
    link: facts.url ?? '',
    authorUserId: null,
  };
}

function itemXml(
  facts: PostFacts,
  identity: WordPressPost,
  creator: string,
  threadId: string | null,
  comments: string[],
): string {
  const tags = facts.channels.map(
    (channel) =>
      `<category domain="post_tag" nicename="${escapeXml(slugify(channel.code) || channel.id)}">${cdata(channel.code)}</category>`,
  );
  const meta = threadId
    ? [
        `<wp:postmeta>${element('wp:meta_key', KANAL_META.thread)}<wp:meta_value>${cdata(threadId)}</wp:meta_value></wp:postmeta>`,
      ]
    : [];
  return [
    '<item>',
    `<title>${cdata(identity.title)}</title>`,
    element('link', identity.link),
    facts.published ? element('pubDate', rssDate(facts.published)) : '',
    `<dc:creator>${cdata(creator)}</dc:creator>`,
    `<guid isPermaLink="false">${escapeXml(identity.guid)}</guid>`,
    '<description></description>',
    `<content:encoded>${cdata(postBodyHtml(facts))}</content:encoded>`,
    `<excerpt:encoded>${cdata('')}</excerpt:encoded>`,
    element('wp:post_id', identity.postId),
    element('wp:post_date', identity.postDate),
    element('wp:post_date_gmt', identity.postDateGmt),
    element('wp:comment_status', 'open'),
    element('wp:ping_status', 'open'),
    element('wp:post_name', facts.slug),
    element('wp:status', facts.post.status === 'published' ? 'publish' : 'draft'),
    element('wp:post_parent', 0),
    element('wp:menu_order', 0),
    element('wp:post_type', identity.postType),
    element('wp:post_password', ''),
    element('wp:is_sticky', 0),
    ...tags,
    ...meta,
    ...comments,
    '</item>',
  ].join('\n');
}

// A WordPress eXtended RSS 1.2 file of one post: with the thread, its comments and the author's finished replies as
// new comments; with replies only, just those replies, which WordPress' importer adds to the post it already has.
// One item per thread: WordPress merges them into the one post, and Kanal reads each back into its own thread.
export function exportPostWxr(
  post: Post,
  channels: Channel[],
  threads: LoadedThread[],
  settings: Settings,
  options: WxrOptions,
  pictureAddress?: (src: string) => string,
): ExportedFile {
  const facts = postFacts(post, channels, pictureAddress);
  const identity = postIdentity(facts, threads);
  const creator = threads.find((t) => t.index.authorUsername)?.index.authorUsername ?? 'admin';
  const withComments = options.withThread || options.repliesOnly;
  const offset = blogOffsetMinutes(
    threads.map((thread) => thread.body),
    identity,
  );
  const perThread = withComments ? wxrComments(threads, settings, offset, options.repliesOnly) : [];
  const items = withComments
    ? threads.map((thread, i) =>
        itemXml(facts, identity, creator, thread.index.id, (perThread[i] ?? []).map(wxrCommentXml)),
      )
    : [];
  if (items.length === 0) items.push(itemXml(facts, identity, creator, null, []));
  const site = facts.url ? new URL(facts.url).origin : '';
  const content = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0"',
    '  xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"',
    '  xmlns:content="http://purl.org/rss/1.0/modules/content/"',
    '  xmlns:wfw="http://wellformedweb.org/CommentAPI/"',
    '  xmlns:dc="http://purl.org/dc/elements/1.1/"',
    `  xmlns:wp="${WXR_NAMESPACE}">`,
    '<channel>',
    `<title>${cdata(facts.title)}</title>`,
    element('link', site),
    '<description></description>',
    element('language', facts.lang),
    element('wp:wxr_version', '1.2'),
    element('wp:base_site_url', site),
    element('wp:base_blog_url', site),
    element('generator', 'Kanal'),
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
  return { filename: `${facts.slug}.xml`, mimeType: 'application/xml', content };
}
