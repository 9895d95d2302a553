import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { ApiError, errorMessage } from '../../lib/apiError';
import { useAnnounce } from '../announcer/Announcer';
import { UndoToast } from '../posts/UndoToast';
import { flushReply, forgetSavedDraft, savedDraft } from './replyDrafts';

export interface ReplyRef {
  threadId: string;
  commentId: string;
  id: string;
  status: 'draft' | 'done';
}

export type Outcome = { ok: true } | { ok: false; error: string };

interface ReplyActionsValue {
  // Sends the draft's last words, then finishes it; `knownDraftId` is the core's draft when this window saved none.
  finish: (threadId: string, commentId: string, knownDraftId: string | null) => Promise<Outcome>;
  // A finished reply back to a draft, to edit it.
  reopen: (reply: ReplyRef) => Promise<Outcome>;
  // Deletes a reply or a draft, with Undo.
  remove: (reply: ReplyRef) => Promise<Outcome>;
}

const ReplyActionsContext = createContext<ReplyActionsValue | null>(null);

// Failures the author can act on, in the interface's language.
const replyError = (t: (key: 'reply.empty' | 'reply.draftExists') => string, error: unknown): string => {
  if (error instanceof ApiError && error.code === 'empty-reply') return t('reply.empty');
  if (error instanceof ApiError && error.code === 'draft-exists') return t('reply.draftExists');
  return errorMessage(error);
};

// What can be done with the author's replies anywhere in the app; each change is announced and reloads the lists.
export function ReplyActionsProvider({ children, onChanged }: { children: ReactNode; onChanged: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [deleted, setDeleted] = useState<ReplyRef | null>(null);
  const [undoError, setUndoError] = useState<string | null>(null);

  const attempt = useCallback(
    async (action: () => Promise<string>): Promise<Outcome> => {
      try {
        const message = await action();
        if (message) announce(message);
        onChanged();
        return { ok: true };
      } catch (failure) {
        const error = replyError(t, failure);
        announce(error);
        return { ok: false, error };
      }
    },
    [announce, onChanged, t],
  );

  const finish = useCallback(
    (threadId: string, commentId: string, knownDraftId: string | null) =>
      attempt(async () => {
        if (!(await flushReply(threadId, commentId))) throw new Error(t('reply.notSaved'));
        const id = savedDraft(threadId, commentId)?.id ?? knownDraftId;
        if (!id) throw new ApiError('empty-reply', t('reply.empty'));
        await api.replies.finish({ threadId, id });
        forgetSavedDraft(threadId, commentId);
        return t('reply.finished');
      }),
    [attempt, t],
  );

  const reopen = useCallback(
    (reply: ReplyRef) =>
      attempt(async () => {
        await api.replies.reopen({ threadId: reply.threadId, id: reply.id });
        return t('reply.reopened');
      }),
    [attempt, t],
  );

  const remove = useCallback(
    (reply: ReplyRef) =>
      attempt(async () => {
        // The last words go in first, so Undo brings them back too.
        if (reply.status === 'draft') await flushReply(reply.threadId, reply.commentId);
        await api.replies.delete({ threadId: reply.threadId, id: reply.id });
        forgetSavedDraft(reply.threadId, reply.commentId);
        setUndoError(null);
        setDeleted(reply);
        // The toast says it; the live region stays quiet so it is not heard twice.
        return '';
      }),
    [attempt],
  );

  const undo = async () => {
    if (!deleted) return;
    try {
      await api.replies.restore({ threadId: deleted.threadId, id: deleted.id });
      setDeleted(null);
      announce(t('reply.restored'));
      onChanged();
    } catch (failure) {
      setUndoError(replyError(t, failure));
    }
  };
  const dismiss = useCallback(() => setDeleted(null), []);

  const value = useMemo(() => ({ finish, reopen, remove }), [finish, reopen, remove]);
  return (
    <ReplyActionsContext.Provider value={value}>
      {children}
      {deleted && (
        <UndoToast
          key={deleted.id}
          message={deleted.status === 'draft' ? t('reply.draftDeleted') : t('reply.deleted')}
          error={undoError}
          onUndo={() => void undo()}
          onDismiss={dismiss}
        />
      )}
    </ReplyActionsContext.Provider>
  );
}

export const useReplyActions = (): ReplyActionsValue => {
  const value = useContext(ReplyActionsContext);
  if (!value) throw new Error('useReplyActions needs a ReplyActionsProvider');
  return value;
};
