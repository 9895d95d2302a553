import type { ReplyView } from '../../../electron/core/api';
import { emptyDoc } from '../../../electron/core/shared/content/emptyDoc';
import { api } from '../../lib/api';
import { ApiError } from '../../lib/apiError';
import { clearRecovery, readRecovery, recoveryKeys } from '../editor/recoveryStore';
import { recoveryToApply } from '../editor/recoveryToApply';
import { draftOf } from './draftOf';
import { parseReplyKey, REPLY_KEY_PREFIX, replyQueueFor, type ReplyChanges } from './replyDrafts';

// A finished reply newer than the copy means the copy's words were already dealt with.
const finishedSince = (replies: ReplyView[], commentId: string, editedAt: string): boolean =>
  replies.some((reply) => reply.commentId === commentId && reply.finishedAt !== null && reply.finishedAt > editedAt);

// Reply drafts whose last words never reached the core (the window closed mid-save) are sent again at start,
// so the draft is there whether or not its editor is opened again.
export async function resumeReplyDrafts(): Promise<void> {
  const byThread = new Map<string, { key: string; commentId: string }[]>();
  for (const key of recoveryKeys(REPLY_KEY_PREFIX)) {
    const parsed = parseReplyKey(key);
    if (!parsed) continue;
    byThread.set(parsed.threadId, [...(byThread.get(parsed.threadId) ?? []), { key, commentId: parsed.commentId }]);
  }
  for (const [threadId, drafts] of byThread) {
    let replies: ReplyView[];
    try {
      replies = await api.replies.list({ threadId });
    } catch (error) {
      // A thread deleted since has nothing left to answer; any other failure keeps the copy for the next start.
      if (error instanceof ApiError && error.code === 'not-found') for (const { key } of drafts) clearRecovery(key);
      continue;
    }
    for (const { key, commentId } of drafts) {
      const recovery = readRecovery<ReplyChanges>(key);
      const draft = draftOf(replies, commentId);
      const changes =
        recovery && !finishedSince(replies, commentId, recovery.editedAt) ? recoveryToApply(draft, recovery) : null;
      if (!changes) {
        clearRecovery(key);
        continue;
      }
      replyQueueFor(threadId, commentId).change({
        doc: changes.doc ?? draft?.doc ?? emptyDoc(),
        parentReplyId: changes.parentReplyId !== undefined ? changes.parentReplyId : (draft?.parentReplyId ?? null),
      });
    }
  }
}
