import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentView } from '../../../electron/core/api';
import { allowedUrl, READER_LINK_REL, WEB_SCHEMES } from '../../../electron/core/shared/policy';
import { formatDate } from '../../lib/formatDate';
import { CommentBadges } from './CommentBadges';
import { CommentHtml } from './CommentHtml';

// Deep reply chains stay readable: past this depth, replies stop moving right and say whom they answer.
const MAX_INDENT = 6;

interface CommentRowProps {
  comment: CommentView;
  depth: number;
  parent: CommentView | null;
  // The comment the author asked to see: marked, and able to take the focus.
  targeted: boolean;
  onMarkOwn: (commentId: string, byAuthor: boolean | null) => void;
  busy: boolean;
}

export function CommentRow({ comment, depth, parent, targeted, onMarkOwn, busy }: CommentRowProps) {
  const { t, i18n } = useTranslation();
  const name = comment.author.name || t('comment.anonymous');
  // Checked again here: a library from an older Kanal, or edited by hand, may hold any address.
  const authorUrl = allowedUrl(comment.author.url, WEB_SCHEMES);
  // The step per level is set in CSS, smaller in narrow windows.
  const indent = { '--depth': Math.min(depth, MAX_INDENT) } as CSSProperties;
  return (
    <article
      className={targeted ? 'comment comment-target' : 'comment'}
      style={indent}
      data-comment-id={comment.id}
      aria-current={targeted ? 'true' : undefined}
      tabIndex={targeted ? -1 : undefined}
    >
      <header className="comment-header">
        {depth > 0 && <span className="visually-hidden">{t('comment.level', { level: depth + 1 })}</span>}
        {authorUrl ? (
          <a className="comment-author" href={authorUrl} target="_blank" rel={READER_LINK_REL}>
            {name}
          </a>
        ) : (
          <span className="comment-author">{name}</span>
        )}
        {comment.date && (
          <time dateTime={comment.date} className="quiet">
            {formatDate(comment.date, i18n.language)}
          </time>
        )}
        {parent && <span className="quiet">{t('comment.replyTo', { name: parent.author.name || t('comment.anonymous') })}</span>}
        <CommentBadges comment={comment} />
      </header>
      <CommentHtml html={comment.html} />
      <footer className="comment-actions">
        <button type="button" disabled={busy} onClick={() => onMarkOwn(comment.id, !comment.byAuthor)}>
          {comment.byAuthor ? t('comment.notMine') : t('comment.markMine')}
        </button>
        {comment.byAuthorOverride !== null && (
          <button type="button" className="quiet-button" disabled={busy} title={t('comment.resetHint')} onClick={() => onMarkOwn(comment.id, null)}>
            {t('comment.reset')}
          </button>
        )}
      </footer>
    </article>
  );
}
