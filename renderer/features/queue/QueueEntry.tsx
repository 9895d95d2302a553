import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueItem } from '../../../electron/core/api';
import { keyOf } from '../keyboard/shortcuts';
import { CommentActions, type MarkChoice } from '../threads/CommentActions';
import { CommentByline } from '../threads/CommentByline';
import { CommentHtml } from '../threads/CommentHtml';
import { useRowFocus } from '../threads/useRowFocus';

interface QueueEntryProps {
  item: QueueItem;
  current: boolean;
  claimFocus: () => boolean;
  busy: boolean;
  onReply: () => void;
  onMark: (choice: MarkChoice) => void;
  onOpen: () => void;
  // The reply editor, when it is open under this comment.
  children?: ReactNode;
}

// One comment waiting for an answer: who wrote it, when, on which post, what it answers, and what it says.
export function QueueEntry({ item, current, claimFocus, busy, onReply, onMark, onOpen, children }: QueueEntryProps) {
  const { t } = useTranslation();
  const authorId = useId();
  const postId = useId();
  const ref = useRowFocus<HTMLElement>(current, claimFocus);
  const state = { needsReply: true, noReplyNeeded: false, byAuthor: false, byAuthorOverride: item.byAuthorOverride };
  return (
    <article
      ref={ref}
      className={current ? 'comment queue-entry comment-current' : 'comment queue-entry'}
      tabIndex={current ? 0 : -1}
      aria-labelledby={`${authorId} ${postId}`}
    >
      <header className="comment-header">
        <CommentByline author={item.author} date={item.date} id={authorId} />
        <span id={postId} className="queue-post">
          {t('queue.onPost', { title: item.postTitle || t('posts.untitled') })}
        </span>
        {item.draftReplyId !== null && <span className="badge">{t('queue.hasDraft')}</span>}
      </header>
      {item.inReplyTo && (
        <p className="queue-quote">
          <span className="quiet">
            {t('queue.inReplyTo', { name: item.inReplyTo.author.name || t('comment.anonymous') })}
          </span>{' '}
          <q>{item.inReplyTo.quote}</q>
        </p>
      )}
      <div data-quote-comment={item.commentId}>
        <CommentHtml html={item.html} />
      </div>
      <footer className="comment-actions">
        <CommentActions comment={state} busy={busy} onReply={onReply} onMark={onMark} />
        <button type="button" className="quiet-button" aria-keyshortcuts={keyOf('open')} onClick={onOpen}>
          {t('queue.showInThread')}
        </button>
      </footer>
      {children}
    </article>
  );
}
