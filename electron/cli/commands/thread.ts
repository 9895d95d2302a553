import type { CommentView, ReplyView } from '../../core/api';
import type { OpenLibrary } from '../openLibrary';
import { printJson, printLines } from '../output';

// The reply fields kanal thread --json promises.
const replyJson = ({ id, commentId, status, html, text, createdAt, updatedAt }: ReplyView) => ({
  id,
  commentId,
  status,
  html,
  text,
  createdAt,
  updatedAt,
});

const commentLine = (c: CommentView, level: number): string => {
  const flags = [
    c.needsReply && 'needs reply',
    c.noReplyNeeded && 'no reply needed',
    c.byAuthor && 'yours',
    c.kind !== 'comment' && c.kind,
    c.status === 'pending' && 'pending',
    c.orphan && 'orphan',
  ].filter(Boolean);
  return `${'  '.repeat(level)}- ${c.author.name || 'Anonymous'} ${c.date ?? ''}${flags.length ? ` [${flags.join(', ')}]` : ''}: ${c.text.slice(0, 100)}`;
};

const replyLine = (r: ReplyView, level: number): string =>
  `${'  '.repeat(level)}> your reply [${r.status === 'done' ? 'done' : 'draft'}] ${r.updatedAt}: ${r.text.slice(0, 100)}`;

export async function threadCommand({ api }: OpenLibrary, id: string, options: { json: boolean }): Promise<void> {
  const { id: threadId, title, url, postId, comments, replies } = await api.threads.get({ id });
  if (options.json) return printJson({ id: threadId, title, url, postId, comments, replies: replies.map(replyJson) });
  const depth = new Map<string, number>();
  const repliesTo = new Map<string, ReplyView[]>();
  for (const r of replies) repliesTo.set(r.commentId, [...(repliesTo.get(r.commentId) ?? []), r]);
  printLines([
    `${title}${url ? `  <${url}>` : ''}`,
    ...comments.flatMap((c) => {
      const level = c.parentId ? (depth.get(c.parentId) ?? 0) + 1 : 0;
      depth.set(c.id, level);
      return [commentLine(c, level), ...(repliesTo.get(c.id) ?? []).map((r) => replyLine(r, level + 1))];
    }),
  ]);
}
