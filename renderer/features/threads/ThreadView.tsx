import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostSummary } from '../../../electron/core/api';
import { allowedUrl, POST_LINK_REL, WEB_SCHEMES } from '../../../electron/core/shared/policy';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { CommentList } from './CommentList';
import { flattenComments } from './flattenComments';
import { ThreadLinkSelect } from './ThreadLinkSelect';
import { useThread } from './useThread';
import { useThreadActions } from './useThreadActions';

// A comment to show: scrolled to, focused and marked. Each request is a new object, so asking again scrolls again.
export interface CommentTarget {
  commentId: string;
}

interface ThreadViewProps {
  threadId: string;
  target: CommentTarget | null;
  // Bumped whenever threads may have changed (an import, a setting, an action here).
  version: number;
  posts: PostSummary[];
  onChanged: () => void;
  onDeleted: () => void;
}

// One comment thread: its comments as a tree, and what the author can do with it.
export function ThreadView({ threadId, target, version, posts, onChanged, onDeleted }: ThreadViewProps) {
  const { t } = useTranslation();
  const filterId = useId();
  const { thread, error: loadError } = useThread(threadId, version);
  const actions = useThreadActions(threadId, onChanged);
  const [needsReplyOnly, setNeedsReplyOnly] = useState(false);
  const allRows = useMemo(() => flattenComments(thread?.comments ?? []), [thread]);
  // The comment asked for stays in the list even when it needs no reply.
  const targetId = target?.commentId ?? null;
  const rows = useMemo(
    () => (needsReplyOnly ? allRows.filter((row) => row.comment.needsReply || row.comment.id === targetId) : allRows),
    [allRows, needsReplyOnly, targetId],
  );

  if (!thread) {
    return loadError ? <p role="alert" className="form-error">{loadError}</p> : <p className="placeholder-text">{t('common.loading')}</p>;
  }
  // Only a web address becomes a link, whatever the library holds.
  const threadUrl = allowedUrl(thread.url, WEB_SCHEMES);
  return (
    <section className="thread-view" aria-labelledby={`${filterId}-title`}>
      <header className="thread-header">
        <h2 id={`${filterId}-title`}>{thread.title || t('thread.untitled')}</h2>
        {threadUrl && (
          <a href={threadUrl} target="_blank" rel={POST_LINK_REL} className="quiet">
            {threadUrl}
          </a>
        )}
        <p>{t('thread.counts', { comments: t('thread.comments', { count: thread.comments.length }), needsReply: t('thread.needReply', { count: thread.needsReply }) })}</p>
        <div className="thread-tools">
          <ThreadLinkSelect postId={thread.postId} posts={posts} disabled={actions.busy} onChange={actions.link} />
          <div className="field field-inline">
            <input id={filterId} type="checkbox" checked={needsReplyOnly} onChange={(event) => setNeedsReplyOnly(event.target.checked)} />
            <label htmlFor={filterId}>{t('thread.needsReplyOnly')}</label>
          </div>
          <ConfirmButton
            label={t('thread.delete')}
            question={t('thread.deleteQuestion', { count: thread.comments.length })}
            confirmLabel={t('thread.deleteConfirm')}
            disabled={actions.busy}
            onConfirm={() => void actions.remove().then((ok) => ok && onDeleted())}
          />
        </div>
        {(actions.error ?? loadError) && (
          <p role="alert" className="form-error">
            {actions.error ?? loadError}
          </p>
        )}
      </header>
      <CommentList
        rows={rows}
        target={target}
        emptyText={needsReplyOnly && allRows.length > 0 ? t('thread.allAnswered') : t('thread.noComments')}
        onMarkOwn={actions.markOwn}
        busy={actions.busy}
      />
    </section>
  );
}
