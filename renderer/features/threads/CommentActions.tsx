import { useTranslation } from 'react-i18next';
import type { CommentView } from '../../../electron/core/api';
import { keyOf } from '../keyboard/shortcuts';

// What the buttons need to know of a comment; a queue entry has the same.
export type CommentState = Pick<CommentView, 'needsReply' | 'noReplyNeeded' | 'byAuthor' | 'byAuthorOverride'>;

export type MarkChoice = { kind: 'noReply'; value: boolean } | { kind: 'own'; value: boolean | null };

interface CommentActionsProps {
  comment: CommentState;
  busy: boolean;
  onReply: () => void;
  onMark: (choice: MarkChoice) => void;
}

// Reply, and the marks that change whether a comment waits: "No reply needed" and whose comment it is.
export function CommentActions({ comment, busy, onReply, onMark }: CommentActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" aria-keyshortcuts={keyOf('reply')} onClick={onReply}>
        {t('reply.button')}
      </button>
      {comment.needsReply && (
        <button
          type="button"
          disabled={busy}
          aria-keyshortcuts={keyOf('noReply')}
          onClick={() => onMark({ kind: 'noReply', value: true })}
        >
          {t('queue.noReplyNeeded')}
        </button>
      )}
      {comment.noReplyNeeded && (
        <button type="button" disabled={busy} onClick={() => onMark({ kind: 'noReply', value: false })}>
          {t('queue.needsReplyAgain')}
        </button>
      )}
      <button type="button" disabled={busy} onClick={() => onMark({ kind: 'own', value: !comment.byAuthor })}>
        {comment.byAuthor ? t('comment.notMine') : t('comment.markMine')}
      </button>
      {comment.byAuthorOverride !== null && (
        <button
          type="button"
          className="quiet-button"
          disabled={busy}
          title={t('comment.resetHint')}
          onClick={() => onMark({ kind: 'own', value: null })}
        >
          {t('comment.reset')}
        </button>
      )}
    </>
  );
}
