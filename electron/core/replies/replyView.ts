import type { ReplyView } from '../api';
import { docToHtml } from '../content/docToHtml';
import { docText } from '../shared/content/docText';
import type { Reply, ThreadBody } from '../shared/schema';

// Replies the author sees: deleted ones are gone until restored.
export const liveReplies = (body: ThreadBody): Reply[] => body.replies.filter((reply) => reply.deletedAt === null);

export function replyView(threadId: string, reply: Reply): ReplyView {
  return {
    id: reply.id,
    threadId,
    commentId: reply.commentId,
    parentReplyId: reply.parentReplyId,
    status: reply.status,
    doc: reply.doc,
    html: docToHtml(reply.doc),
    text: docText(reply.doc),
    createdAt: reply.createdAt,
    updatedAt: reply.updatedAt,
    finishedAt: reply.finishedAt,
  };
}
