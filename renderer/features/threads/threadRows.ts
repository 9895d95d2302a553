import type { CommentView, ReplyView } from '../../../electron/core/api';
import { flattenComments } from './flattenComments';

export type ThreadRow =
  | { kind: 'comment'; key: string; comment: CommentView; depth: number; parent: CommentView | null }
  // The author's reply written in Kanal, under the comment it answers or the reply it follows up.
  | { kind: 'reply'; key: string; reply: ReplyView; comment: CommentView; depth: number };

interface RowOptions {
  needsReplyOnly: boolean;
  // The comment whose draft is open in an editor: the editor shows it, not a row.
  editingCommentId: string | null;
}

const byCreation = (a: ReplyView, b: ReplyView): number =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;

// A comment's replies in reading order, each follow-up under the reply it follows, without recursion.
function replyRows(comment: CommentView, replies: ReplyView[], depth: number): ThreadRow[] {
  const ids = new Set(replies.map((reply) => reply.id));
  const children = new Map<string | null, ReplyView[]>();
  for (const reply of [...replies].sort(byCreation)) {
    const parent = reply.parentReplyId !== null && ids.has(reply.parentReplyId) ? reply.parentReplyId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(reply);
    else children.set(parent, [reply]);
  }
  const rows: ThreadRow[] = [];
  const stack = (children.get(null) ?? []).map((reply) => ({ reply, depth: depth + 1 })).reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    rows.push({ kind: 'reply', key: `reply-${next.reply.id}`, reply: next.reply, comment, depth: next.depth });
    const kids = children.get(next.reply.id) ?? [];
    for (let i = kids.length - 1; i >= 0; i -= 1) {
      const kid = kids[i];
      if (kid) stack.push({ reply: kid, depth: next.depth + 1 });
    }
  }
  return rows;
}

// The thread as rows: each comment, then the author's replies to it, then the comments that answer it.
export function threadRows(
  comments: CommentView[],
  replies: ReplyView[],
  { needsReplyOnly, editingCommentId }: RowOptions,
): ThreadRow[] {
  const repliesOf = new Map<string, ReplyView[]>();
  for (const reply of replies) {
    if (reply.status === 'draft' && reply.commentId === editingCommentId) continue;
    // With "Needs reply only", a waiting comment can have no finished reply; its draft still shows.
    if (needsReplyOnly && reply.status === 'done') continue;
    const own = repliesOf.get(reply.commentId);
    if (own) own.push(reply);
    else repliesOf.set(reply.commentId, [reply]);
  }
  const rows: ThreadRow[] = [];
  for (const row of flattenComments(comments)) {
    if (needsReplyOnly && !row.comment.needsReply) continue;
    rows.push({ kind: 'comment', key: row.comment.id, ...row });
    const own = repliesOf.get(row.comment.id);
    if (own) rows.push(...replyRows(row.comment, own, row.depth));
  }
  return rows;
}
