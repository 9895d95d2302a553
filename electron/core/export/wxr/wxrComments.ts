import { docToHtml } from '../../content/docToHtml';
import type { Comment, Settings } from '../../shared/schema';
import { effectiveByAuthor } from '../../threads/effectiveByAuthor';
import {
  buildConversation,
  finishedReplies,
  flattenConversation,
  replyAuthorName,
  type LoadedThread,
  type ReplyEntry,
} from '../conversation';
import { sanitizeOutput } from '../sanitizeOutput';
import { KANAL_META } from '../../import/wxr/kanalMeta';
import { cdata, element } from './xmlText';
import { wordpressDate } from './wordpressDates';

// One <wp:comment> as WordPress' importer reads it.
export interface WxrComment {
  id: number;
  parent: number;
  author: string;
  email: string;
  url: string;
  localDate: string;
  gmtDate: string;
  html: string;
  approved: boolean;
  type: 'comment' | 'pingback' | 'trackback';
  userId: string;
  meta: [string, string][];
}

const WORDPRESS_ID = /^[1-9]\d{0,18}$/;

// Spreading a big thread into Math.max would overflow the call stack.
const largest = (numbers: Iterable<number>): number => {
  let max = 0;
  for (const n of numbers) if (n > max) max = n;
  return max;
};

// Every comment keeps the id WordPress gave it (a comment of a WordPress thread); the others get free numbers above.
function commentIds(threads: LoadedThread[]): Map<Comment, number> {
  const ids = new Map<Comment, number>();
  const used = new Set<number>();
  for (const { index, body } of threads) {
    if (index.format !== 'wxr') continue;
    for (const comment of body.comments) {
      const id = WORDPRESS_ID.test(comment.externalId) ? Number(comment.externalId) : NaN;
      if (Number.isSafeInteger(id) && !used.has(id)) {
        ids.set(comment, id);
        used.add(id);
      }
    }
  }
  let next = largest(used) + 1;
  for (const { body } of threads) for (const comment of body.comments) if (!ids.has(comment)) ids.set(comment, next++);
  return ids;
}

// The comments of a post's threads for a WXR file: the readers' comments unless only the replies are wanted, and the
// author's finished replies as new comments. A reply's id is above every id the threads know, in thread order, so a
// reply to a new reply comes after it; its parent is the WordPress id of what it answers, which WordPress keeps for a
// comment it already has and maps to the new one for a reply in the same file.
export function wxrComments(
  threads: LoadedThread[],
  settings: Settings,
  offsetMinutes: number,
  repliesOnly: boolean,
): WxrComment[][] {
  const ids = commentIds(threads);
  const counter = { next: largest(ids.values()) + 1 };
  return threads.map((thread) => [
    ...(repliesOnly ? [] : readerComments(thread, ids, offsetMinutes)),
    ...replyComments(thread, ids, counter, settings, offsetMinutes),
  ]);
}

function readerComments(thread: LoadedThread, ids: Map<Comment, number>, offsetMinutes: number): WxrComment[] {
  const byKanalId = new Map(thread.body.comments.map((comment) => [comment.id, comment]));
  return thread.body.comments.map((comment) => {
    const parent = comment.parentId === null ? undefined : byKanalId.get(comment.parentId);
    return {
      id: ids.get(comment) ?? 0,
      parent: parent ? (ids.get(parent) ?? 0) : 0,
      author: comment.wordpress?.author ?? comment.author.name,
      email: comment.author.email ?? '',
      url: comment.author.url ?? '',
      localDate: comment.wordpress?.date ?? (comment.date ? wordpressDate(comment.date, offsetMinutes) : ''),
      gmtDate: comment.date ? wordpressDate(comment.date) : '',
      html: sanitizeOutput(comment.html, 'reader'),
      approved: comment.status === 'approved',
      type: comment.kind,
      userId: '0',
      meta: [[KANAL_META.fingerprint, comment.fingerprint]],
    };
  });
}

function replyComments(
  thread: LoadedThread,
  ids: Map<Comment, number>,
  counter: { next: number },
  settings: Settings,
  offsetMinutes: number,
): WxrComment[] {
  if (finishedReplies(thread.body).length === 0) return [];
  const everything = { pingbacks: true, pending: true };
  const ordered = flattenConversation(buildConversation([thread], settings, everything)).filter(
    (entry): entry is ReplyEntry => entry.from === 'author',
  );
  const replyIds = new Map(ordered.map((entry) => [entry.id, counter.next++]));
  const own = thread.body.comments.find((comment) => comment.author.url && effectiveByAuthor(comment, settings));
  const email = settings.authorEmails.find((e) => e.trim() !== '')?.trim() ?? thread.index.authorEmail ?? '';
  return ordered.map((entry) => {
    const parent = entry.parent;
    const parentId =
      parent === null ? 0 : parent.from === 'author' ? (replyIds.get(parent.id) ?? 0) : (ids.get(parent.comment) ?? 0);
    const date = entry.reply.finishedAt ?? entry.reply.updatedAt;
    return {
      id: replyIds.get(entry.id) ?? 0,
      parent: parentId,
      author: replyAuthorName(settings, thread.index),
      email,
      url: own?.author.url ?? '',
      localDate: wordpressDate(date, offsetMinutes),
      gmtDate: wordpressDate(date),
      html: sanitizeOutput(docToHtml(entry.reply.doc), 'author'),
      approved: true,
      type: 'comment',
      userId: thread.index.wordpress?.authorUserId ?? '0',
      meta: [[KANAL_META.reply, entry.reply.id]],
    };
  });
}

export function wxrCommentXml(comment: WxrComment): string {
  const meta = comment.meta.map(
    ([key, value]) =>
      `<wp:commentmeta>${element('wp:meta_key', key)}<wp:meta_value>${cdata(value)}</wp:meta_value></wp:commentmeta>`,
  );
  return [
    '<wp:comment>',
    element('wp:comment_id', comment.id),
    `<wp:comment_author>${cdata(comment.author)}</wp:comment_author>`,
    `<wp:comment_author_email>${cdata(comment.email)}</wp:comment_author_email>`,
    element('wp:comment_author_url', comment.url),
    '<wp:comment_author_IP></wp:comment_author_IP>',
    element('wp:comment_date', comment.localDate),
    element('wp:comment_date_gmt', comment.gmtDate),
    `<wp:comment_content>${cdata(comment.html)}</wp:comment_content>`,
    element('wp:comment_approved', comment.approved ? '1' : '0'),
    element('wp:comment_type', comment.type),
    element('wp:comment_parent', comment.parent),
    element('wp:comment_user_id', comment.userId),
    ...meta,
    '</wp:comment>',
  ].join('\n');
}
