import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostSummary, ThreadView } from '../../../electron/core/api';
import { allowedUrl, POST_LINK_REL, WEB_SCHEMES } from '../../../electron/core/shared/policy';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { keyOf } from '../keyboard/shortcuts';
import { useMarks } from '../marks/MarksContext';
import { ThreadLinkSelect } from './ThreadLinkSelect';
import type { useThreadActions } from './useThreadActions';

interface ThreadHeaderProps {
  titleId: string;
  thread: ThreadView;
  posts: PostSummary[];
  actions: ReturnType<typeof useThreadActions>;
  needsReplyOnly: boolean;
  error: string | null;
  onNeedsReplyOnly: (only: boolean) => void;
  onUndo: () => void;
  onShortcuts: () => void;
  onDeleted: () => void;
}

// A thread's title, address and counts, and what can be done with it as a whole.
export function ThreadHeader({
  titleId,
  thread,
  posts,
  actions,
  needsReplyOnly,
  error,
  onNeedsReplyOnly,
  onUndo,
  onShortcuts,
  onDeleted,
}: ThreadHeaderProps) {
  const { t } = useTranslation();
  const filterId = useId();
  const marks = useMarks();
  // Only a web address becomes a link, whatever the library holds.
  const threadUrl = allowedUrl(thread.url, WEB_SCHEMES);
  const shownError = actions.error ?? marks.error ?? error;
  return (
    <header className="thread-header">
      <h2 id={titleId}>{thread.title || t('thread.untitled')}</h2>
      {threadUrl && (
        <a href={threadUrl} target="_blank" rel={POST_LINK_REL} className="quiet">
          {threadUrl}
        </a>
      )}
      <p>
        {t('thread.counts', {
          comments: t('thread.comments', { count: thread.comments.length }),
          needsReply: t('thread.needReply', { count: thread.needsReply }),
        })}
      </p>
      <div className="thread-tools">
        <ThreadLinkSelect postId={thread.postId} posts={posts} disabled={actions.busy} onChange={actions.link} />
        <div className="field field-inline">
          <input
            id={filterId}
            type="checkbox"
            checked={needsReplyOnly}
            onChange={(event) => onNeedsReplyOnly(event.target.checked)}
          />
          <label htmlFor={filterId}>{t('thread.needsReplyOnly')}</label>
        </div>
        <button
          type="button"
          disabled={!marks.canUndo || marks.busy}
          aria-keyshortcuts={keyOf('undo')}
          onClick={onUndo}
        >
          {t('queue.undoLast')}
        </button>
        <button type="button" className="quiet-button" aria-keyshortcuts={keyOf('help')} onClick={onShortcuts}>
          {t('queue.shortcuts')}
        </button>
        <ConfirmButton
          label={t('thread.delete')}
          question={t('thread.deleteQuestion', { count: thread.comments.length })}
          confirmLabel={t('thread.deleteConfirm')}
          disabled={actions.busy}
          onConfirm={() => void actions.remove().then((ok) => ok && onDeleted())}
        />
      </div>
      {shownError && (
        <p role="alert" className="form-error">
          {shownError}
        </p>
      )}
    </header>
  );
}
