import type { BodyChange } from '../threads/commitThreadBody';
import type { Doc, Reply } from '../shared/schema';
import {
  checkParentReply,
  draftOf,
  emptyReply,
  findComment,
  findReply,
  isBlankDoc,
  refuseSecondDraft,
  replacing,
  withReplies,
} from './replyRules';

export interface ReplyContent {
  commentId: string;
  doc: Doc;
  // undefined keeps a draft's parent as it is; null puts the reply directly under the comment.
  parentReplyId?: string | null | undefined;
}

const sameDoc = (a: Doc, b: Doc): boolean => JSON.stringify(a) === JSON.stringify(b);

// Creates the comment's draft, or updates it; saving what is already saved writes nothing.
export const saveDraft =
  (content: ReplyContent, newId: string): BodyChange<Reply> =>
  (body, _data, now) => {
    findComment(body, content.commentId);
    checkParentReply(body, content.commentId, content.parentReplyId);
    const draft = draftOf(body, content.commentId);
    if (draft) {
      const parentReplyId = content.parentReplyId === undefined ? draft.parentReplyId : content.parentReplyId;
      if (parentReplyId === draft.parentReplyId && sameDoc(draft.doc, content.doc)) return { body, result: draft };
      const next: Reply = { ...draft, doc: content.doc, parentReplyId, updatedAt: now };
      return { body: replacing(body, draft, next, now), result: next };
    }
    const created: Reply = {
      id: newId,
      commentId: content.commentId,
      parentReplyId: content.parentReplyId ?? null,
      doc: content.doc,
      status: 'draft',
      createdAt: now,
      updatedAt: now,
      finishedAt: null,
      deletedAt: null,
    };
    return { body: withReplies(body, [...body.replies, created], now), result: created };
  };

// A finished reply written in one go (the command line), beside any draft the comment has.
export const addFinished =
  (content: ReplyContent, newId: string): BodyChange<Reply> =>
  (body, _data, now) => {
    findComment(body, content.commentId);
    checkParentReply(body, content.commentId, content.parentReplyId);
    if (isBlankDoc(content.doc)) throw emptyReply();
    const created: Reply = {
      id: newId,
      commentId: content.commentId,
      parentReplyId: content.parentReplyId ?? null,
      doc: content.doc,
      status: 'done',
      createdAt: now,
      updatedAt: now,
      finishedAt: now,
      deletedAt: null,
    };
    return { body: withReplies(body, [...body.replies, created], now), result: created };
  };

export const finish =
  (id: string): BodyChange<Reply> =>
  (body, _data, now) => {
    const reply = findReply(body, id);
    if (reply.status === 'done') return { body, result: reply };
    if (isBlankDoc(reply.doc)) throw emptyReply();
    const next: Reply = { ...reply, status: 'done', finishedAt: now, updatedAt: now };
    return { body: replacing(body, reply, next, now), result: next };
  };

// Back to a draft for editing; it answers the comment again once finished.
export const reopen =
  (id: string): BodyChange<Reply> =>
  (body, _data, now) => {
    const reply = findReply(body, id);
    if (reply.status === 'draft') return { body, result: reply };
    refuseSecondDraft(body, reply);
    const next: Reply = { ...reply, status: 'draft', finishedAt: null, updatedAt: now };
    return { body: replacing(body, reply, next, now), result: next };
  };

export const remove =
  (id: string): BodyChange<Reply> =>
  (body, _data, now) => {
    const reply = findReply(body, id);
    const next: Reply = { ...reply, deletedAt: now };
    return { body: replacing(body, reply, next, now), result: next };
  };

export const restore =
  (id: string): BodyChange<Reply> =>
  (body, _data, now) => {
    const reply = findReply(body, id, true);
    if (reply.status === 'draft') refuseSecondDraft(body, reply);
    const next: Reply = { ...reply, deletedAt: null };
    return { body: replacing(body, reply, next, now), result: next };
  };
