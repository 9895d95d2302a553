import type { ReplyView } from '../../../electron/core/api';
import type { Doc } from '../../../electron/core/shared/schema';
import { api } from '../../lib/api';
import { SaveQueue } from '../editor/saveQueue';
import { registeredQueue } from '../editor/saveQueues';

// What the reply editor saves: the body, and which of the author's finished replies it follows up (null: the comment).
export interface ReplyChanges {
  doc: Doc;
  parentReplyId: string | null;
}

export type ReplyQueue = SaveQueue<ReplyChanges, ReplyView>;

// A comment has one draft, so one queue per comment; the key also names the draft's recovery copy.
export const REPLY_KEY_PREFIX = 'reply.';
export const replyKey = (threadId: string, commentId: string): string => `${REPLY_KEY_PREFIX}${threadId}.${commentId}`;

// Stored ids hold no dot, so the key splits back unambiguously.
export const parseReplyKey = (key: string): { threadId: string; commentId: string } | null => {
  const [threadId, commentId, ...rest] = key.slice(REPLY_KEY_PREFIX.length).split('.');
  return key.startsWith(REPLY_KEY_PREFIX) && threadId && commentId && rest.length === 0
    ? { threadId, commentId }
    : null;
};

// The draft each comment's queue last saved: finishing needs its id, which the first save makes.
const savedDrafts = new Map<string, ReplyView>();

export const replyQueueFor = (threadId: string, commentId: string): ReplyQueue => {
  const key = replyKey(threadId, commentId);
  return registeredQueue(
    key,
    () =>
      new SaveQueue<ReplyChanges, ReplyView>(
        key,
        (changes) => api.replies.save({ threadId, commentId, doc: changes.doc, parentReplyId: changes.parentReplyId }),
        (reply) => savedDrafts.set(key, reply),
      ),
  );
};

export const savedDraft = (threadId: string, commentId: string): ReplyView | undefined =>
  savedDrafts.get(replyKey(threadId, commentId));

// The draft was finished or deleted: a later save starts a new one.
export const forgetSavedDraft = (threadId: string, commentId: string): void => {
  savedDrafts.delete(replyKey(threadId, commentId));
};

// A core that does not answer must not hold up the editor; the recovery copy keeps what is still pending.
const FLUSH_WAIT_MS = 3000;

// Sends what the comment's queue still holds and waits for it, at most a few seconds; true when all of it is saved.
export const flushReply = async (threadId: string, commentId: string): Promise<boolean> => {
  const queue = replyQueueFor(threadId, commentId);
  await Promise.race([queue.flush(), new Promise<void>((resolve) => setTimeout(resolve, FLUSH_WAIT_MS))]);
  return queue.isIdle();
};
