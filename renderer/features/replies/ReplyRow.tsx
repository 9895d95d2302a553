import { useId, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplyView } from '../../../electron/core/api';
import { formatDate } from '../../lib/formatDate';
import { MAX_INDENT } from '../threads/indent';
import { useRowFocus } from '../threads/useRowFocus';
import { ReplyHtml } from './ReplyHtml';

interface ReplyRowProps {
  reply: ReplyView;
  depth: number;
  current: boolean;
  claimFocus: () => boolean;
  busy: boolean;
  // Finished: follow it up, edit it, delete it. A draft: go on writing it, or discard it.
  onFollowUp: () => void;
  onEdit: () => void;
  onDelete: () => void;
  // The editor of a follow-up, when it is open under this reply.
  children?: ReactNode;
}

// One of the author's replies, shown under what it answers, indented like a comment.
export function ReplyRow({
  reply,
  depth,
  current,
  claimFocus,
  busy,
  onFollowUp,
  onEdit,
  onDelete,
  children,
}: ReplyRowProps) {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  const ref = useRowFocus<HTMLElement>(current, claimFocus);
  const indent = { '--depth': Math.min(depth, MAX_INDENT) } as CSSProperties;
  const done = reply.status === 'done';
  const when = reply.finishedAt ?? reply.updatedAt;
  return (
    <article
      ref={ref}
      className={`comment reply${done ? '' : ' reply-draft'}${current ? ' comment-current' : ''}`}
      style={indent}
      tabIndex={current ? 0 : -1}
      aria-labelledby={labelId}
    >
      <header className="comment-header">
        <span className="visually-hidden">{t('comment.level', { level: depth + 1 })}</span>
        <span id={labelId} className="comment-author">
          {done ? t('reply.yours') : t('reply.draftTitle')}
        </span>
        <time dateTime={when} className="quiet">
          {formatDate(when, i18n.language)}
        </time>
        <span className={done ? 'badge badge-own' : 'badge'}>
          {done ? t('reply.doneBadge') : t('reply.draftBadge')}
        </span>
      </header>
      <ReplyHtml html={reply.html} />
      <footer className="comment-actions">
        {done ? (
          <>
            <button type="button" onClick={onFollowUp}>
              {t('reply.followUp')}
            </button>
            <button type="button" disabled={busy} onClick={onEdit}>
              {t('reply.edit')}
            </button>
            <button type="button" className="danger-button" disabled={busy} onClick={onDelete}>
              {t('reply.delete')}
            </button>
          </>
        ) : (
          <>
            <button type="button" onClick={onEdit}>
              {t('reply.continue')}
            </button>
            <button type="button" className="quiet-button" disabled={busy} onClick={onDelete}>
              {t('reply.discard')}
            </button>
          </>
        )}
      </footer>
      {children}
    </article>
  );
}
