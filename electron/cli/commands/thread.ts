import type { CommentView, ReplyView } from '../../core/api';
import { excerpt } from '../../core/shared/content/excerpt';
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

// How much of each comment and reply the tree shows; `--json` has them whole.
const EXCERPT_LENGTH = 300;

// The text after its header; every further line at the tree's indentation, under the header's first word.
const treeLines = (header: string, text: string, level: number): string[] => {
  const [first = '', ...rest] = excerpt(text, EXCERPT_LENGTH)
    .split('\n')
    .filter((line) => line !== '');
  const indent = '  '.repeat(level);
  return [`${indent}${header}: ${first}`, ...rest.map((line) => `${indent}  ${line}`)];
};

const commentLines = (c: CommentView, level: number): string[] => {
  const flags = [
    c.needsReply && 'needs reply',
    c.noReplyNeeded && 'no reply needed',
    c.byAuthor && 'yours',
    c.kind !== 'comment' && c.kind,
    c.status === 'pending' && 'pending',
    c.orphan && 'orphan',
  ].filter(Boolean);
  const header = `- ${c.author.name || 'Anonymous'} ${c.date ?? ''}${flags.length ? ` [${flags.join(', ')}]` : ''}`;
  return treeLines(header, c.text, level);
};

const replyLines = (r: ReplyView, level: number): string[] =>
  treeLines(`> your reply [${r.status === 'done' ? 'done' : 'draft'}] ${r.updatedAt}`, r.text, level);

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
      return [...commentLines(c, level), ...(repliesTo.get(c.id) ?? []).flatMap((r) => replyLines(r, level + 1))];
    }),
  ]);
}
