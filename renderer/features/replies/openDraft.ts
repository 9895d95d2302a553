import { api } from '../../lib/api';
import type { Doc } from '../../../electron/core/shared/schema';
import { emptyDoc } from '../../../electron/core/shared/content/emptyDoc';
import { readRecovery } from '../editor/recoveryStore';
import { recoveryToApply } from '../editor/recoveryToApply';
import { draftOf } from './draftOf';
import { flushReply, replyKey, replyQueueFor, type ReplyChanges } from './replyDrafts';

export interface OpenedDraft {
  doc: Doc;
  // Words that had not reached the core came back from this computer's copy.
  restored: boolean;
}

// What the reply editor starts from: the comment's pending saves sent first, then the core's draft, then any newer
// words of the recovery copy, which are queued again. The draft moves under `parentReplyId` if it was elsewhere.
export async function openDraft(
  threadId: string,
  commentId: string,
  parentReplyId: string | null,
): Promise<OpenedDraft> {
  await flushReply(threadId, commentId);
  const draft = draftOf(await api.replies.list({ threadId }), commentId);
  const restoredChanges = recoveryToApply<ReplyChanges>(
    draft,
    readRecovery<ReplyChanges>(replyKey(threadId, commentId)),
  );
  const doc = restoredChanges?.doc ?? draft?.doc ?? emptyDoc();
  if (restoredChanges || (draft && draft.parentReplyId !== parentReplyId)) {
    replyQueueFor(threadId, commentId).change({ doc, parentReplyId });
  }
  return { doc, restored: restoredChanges !== null };
}
