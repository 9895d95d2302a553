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
          // The button is named by all it shows, the title; the facts beside it are its description.
          <li
            key={thread.id}
            className={thread.id === selectedId ? 'thread-item selected' : 'thread-item'}
            onClick={() => onOpen(thread.id)}
          >
            <button
              type="button"
              className="item-open item-title"
              aria-current={thread.id === selectedId ? 'true' : undefined}
              aria-describedby={`thread-facts-${thread.id}`}
              onClick={(event) => {
                event.stopPropagation();
                onOpen(thread.id);
              }}
            >
              {thread.title || t('thread.untitled')}
            </button>
            <div className="item-facts-group" id={`thread-facts-${thread.id}`} aria-hidden="true">
              <span className="item-facts">
                {t('thread.comments', { count: thread.comments })}
                {thread.needsReply > 0 && (
                  <span className="badge badge-attention">{t('thread.needReply', { count: thread.needsReply })}</span>
                )}
              </span>
              {post && (
                <span className="item-facts">{t('thread.forPost', { title: post.title || t('posts.untitled') })}</span>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
