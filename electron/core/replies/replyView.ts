import type { ReplyView } from '../api';
import { docToHtml } from '../content/docToHtml';
import { docText } from '../shared/content/docText';
import type { Reply } from '../shared/schema';

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
