import { useId, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentView } from '../../../electron/core/api';
import { CommentActions, type MarkChoice } from './CommentActions';
import { CommentBadges } from './CommentBadges';
import { CommentByline } from './CommentByline';
import { CommentHtml } from './CommentHtml';
import { MAX_INDENT } from './indent';
import { useRowFocus } from './useRowFocus';

interface CommentRowProps {
  comment: CommentView;
  depth: number;
  parent: CommentView | null;
  current: boolean;
  claimFocus: () => boolean;
  busy: boolean;
  onReply: () => void;
  onMark: (choice: MarkChoice) => void;
  onGoToParent: () => void;
  // The reply editor, when it is open under this comment.
  children?: ReactNode;
}

export function CommentRow({
  comment,
  depth,
  parent,
  current,
  claimFocus,
  busy,
  onReply,
  onMark,
  onGoToParent,
  children,
}: CommentRowProps) {
  const { t } = useTranslation();
  const authorId = useId();
  const ref = useRowFocus<HTMLElement>(current, claimFocus);
  // The step per level is set in CSS, smaller in narrow windows.
  const indent = { '--depth': Math.min(depth, MAX_INDENT) } as CSSProperties;
  return (
    <article
      ref={ref}
      className={current ? 'comment comment-current' : 'comment'}
      style={indent}
      tabIndex={current ? 0 : -1}
      aria-current={current ? 'true' : undefined}
      aria-labelledby={authorId}
    >
      <header className="comment-header">
        {depth > 0 && <span className="visually-hidden">{t('comment.level', { level: depth + 1 })}</span>}
        <CommentByline author={comment.author} date={comment.date} id={authorId} />
        {parent && (
          // Past the last indentation step the parent can be far above: this goes there.
          <button type="button" className="link-button quiet" onClick={onGoToParent}>
            {t('comment.replyTo', { name: parent.author.name || t('comment.anonymous') })}
          </button>
        )}
        <CommentBadges comment={comment} />
      </header>
      <div data-quote-comment={comment.id}>
        <CommentHtml html={comment.html} />
      </div>
      <footer className="comment-actions">
        <CommentActions comment={comment} busy={busy} onReply={onReply} onMark={onMark} />
      </footer>
      {children}
    </article>
  );
}
