import { KanalError, notFound } from '../errors';
import { docText } from '../shared/content/docText';
import type { Comment, Doc, Reply, ThreadBody } from '../shared/schema';
import { isPastTrash } from '../shared/trash';

// Replies the author sees: deleted ones are gone until restored.
export const liveReplies = (body: ThreadBody): Reply[] => body.replies.filter((reply) => reply.deletedAt === null);

export const isBlankDoc = (doc: Doc): boolean => docText(doc).trim() === '';

export const emptyReply = (): KanalError =>
  new KanalError('empty-reply', 'An empty reply cannot be finished: write something first.');

export function findComment(body: ThreadBody, commentId: string): Comment {
  const comment = body.comments.find((c) => c.id === commentId);
  if (!comment) throw notFound('comment', commentId);
  return comment;
}

export function findReply(body: ThreadBody, id: string, deleted = false): Reply {
  const reply = body.replies.find((r) => r.id === id && (r.deletedAt !== null) === deleted);
  if (!reply) throw notFound(deleted ? 'deleted reply' : 'reply', id);
  return reply;
}

// A comment has at most one draft: the reply being written to it.
export const draftOf = (body: ThreadBody, commentId: string): Reply | undefined =>
  body.replies.find((r) => r.commentId === commentId && r.status === 'draft' && r.deletedAt === null);

export function refuseSecondDraft(body: ThreadBody, reply: Reply): void {
  const draft = draftOf(body, reply.commentId);
  if (draft && draft.id !== reply.id) {
    throw new KanalError('draft-exists', 'This comment already has a draft reply: finish or delete it first.');
  }
}

// A follow-up follows one of the author's finished replies to the same comment.
export function checkParentReply(body: ThreadBody, commentId: string, parentReplyId: string | null | undefined): void {
  if (!parentReplyId) return;
  const parent = body.replies.find((r) => r.id === parentReplyId && r.deletedAt === null && r.status === 'done');
  if (!parent || parent.commentId !== commentId)
    throw notFound(`finished reply to comment ${commentId}`, parentReplyId);
}

// The body with these replies; replies deleted longer ago than Undo reaches go for good.
export const withReplies = (body: ThreadBody, replies: Reply[], now: string): ThreadBody => ({
  ...body,
  replies: replies.filter((r) => !isPastTrash(r.deletedAt, new Date(now))),
});

export const replacing = (body: ThreadBody, old: Reply, next: Reply, now: string): ThreadBody =>
  withReplies(
    body,
    body.replies.map((r) => (r === old ? next : r)),
    now,
  );
