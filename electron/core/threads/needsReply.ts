import type { Comment, Reply } from '../shared/schema';

export interface ThreadReplies {
  comments: Comment[];
  replies: Reply[];
}

// The author's own correction wins over what the source said.
export const isOwnComment = (comment: Comment): boolean => comment.byAuthorOverride ?? comment.byAuthorSource;

// A finished reply that was not deleted answers its comment; a draft does not yet.
export const isFinishedReply = (reply: Reply): boolean => reply.status === 'done' && reply.deletedAt === null;

// Comments still waiting for the author: a reader's comment (not a pingback or trackback) that has neither a direct
// reply by the author in the thread nor a finished Kanal reply, and that the author has not marked as needing none.
export function needsReplyIds(thread: ThreadReplies): Set<string> {
  const answered = new Set<string>();
  for (const comment of thread.comments) {
    if (comment.parentId !== null && isOwnComment(comment)) answered.add(comment.parentId);
  }
  for (const reply of thread.replies) {
    if (isFinishedReply(reply)) answered.add(reply.commentId);
  }
  const waiting = thread.comments.filter(
    (c) =>
      c.kind === 'comment' &&
      (c.status === 'approved' || c.status === 'pending') &&
      !isOwnComment(c) &&
      !c.noReplyNeeded &&
      !answered.has(c.id),
  );
  return new Set(waiting.map((c) => c.id));
}

export const needsReplyCount = (thread: ThreadReplies): number => needsReplyIds(thread).size;
