import { useTranslation } from 'react-i18next';
import type { PostSummary, ThreadSummary } from '../../../electron/core/api';

interface ThreadListProps {
  threads: ThreadSummary[];
  posts: PostSummary[];
  selectedId: string | null;
  onOpen: (threadId: string) => void;
}

// Every imported thread with how many of its comments still wait for a reply.
export function ThreadList({ threads, posts, selectedId, onOpen }: ThreadListProps) {
  const { t } = useTranslation();
  if (threads.length === 0) return <p className="placeholder-text">{t('thread.none')}</p>;
  return (
    <ul className="item-list">
      {threads.map((thread) => {
        const post = posts.find((candidate) => candidate.id === thread.postId);
        return (
          <li key={thread.id} className={thread.id === selectedId ? 'selected' : undefined}>
            <button
              type="button"
              className="item-open"
              aria-current={thread.id === selectedId ? 'true' : undefined}
              aria-labelledby={`thread-title-${thread.id}`}
              onClick={() => onOpen(thread.id)}
            >
              <span className="item-title" id={`thread-title-${thread.id}`}>
                {thread.title || t('thread.untitled')}
              </span>
              <span className="item-facts">
                {t('thread.comments', { count: thread.comments })}
                {thread.needsReply > 0 && (
                  <span className="badge badge-attention">{t('thread.needReply', { count: thread.needsReply })}</span>
                )}
              </span>
              {post && (
                <span className="item-facts">{t('thread.forPost', { title: post.title || t('posts.untitled') })}</span>
              )}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
