import { useCallback, useState } from 'react';
import { useReplyActions, type Outcome } from './ReplyActions';
import { flushReply, savedDraft } from './replyDrafts';

// Where a reply editor is open: under a comment, or under one of the author's replies to it (a follow-up).
export interface EditTarget {
  threadId: string;
  commentId: string;
  parentReplyId: string | null;
}

export const sameTarget = (a: EditTarget | null, b: EditTarget): boolean =>
  a !== null && a.threadId === b.threadId && a.commentId === b.commentId && a.parentReplyId === b.parentReplyId;

// The one reply editor of a list: which comment it is under, and finishing or discarding what it holds.
export const useReplyEditing = () => {
  const actions = useReplyActions();
  const [editing, setEditing] = useState<EditTarget | null>(null);
  const [finishing, setFinishing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const open = useCallback((target: EditTarget) => {
    setEditing(target);
    setError(null);
  }, []);
  const close = useCallback(() => {
    setEditing(null);
    setError(null);
  }, []);

  // `knownDraftId` is the comment's draft as the list last loaded it; the editor's own saves are newer.
  const finish = async (threadId: string, commentId: string, knownDraftId: string | null): Promise<Outcome> => {
    setFinishing(true);
    const outcome = await actions.finish(threadId, commentId, knownDraftId);
    setFinishing(false);
    const here = editing?.threadId === threadId && editing.commentId === commentId;
    if (outcome.ok && here) close();
    if (!outcome.ok && here) setError(outcome.error);
    return outcome;
  };

  const discard = async (target: EditTarget, knownDraftId: string | null): Promise<void> => {
    await flushReply(target.threadId, target.commentId);
    const id = savedDraft(target.threadId, target.commentId)?.id ?? knownDraftId;
    const outcome: Outcome = id
      ? await actions.remove({ threadId: target.threadId, commentId: target.commentId, id, status: 'draft' })
      : { ok: true };
    if (outcome.ok) close();
    else setError(outcome.error);
  };

  return { editing, finishing, error, open, close, finish, discard };
};
