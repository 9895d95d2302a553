import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostSummary, ThreadSummary } from '../../../electron/core/api';
import { useChannels } from '../channels/ChannelsContext';
import { ALL_WAITING, isFiltered, type QueueFilters } from './queueFilters';

interface QueueFilterBarProps {
  filters: QueueFilters;
  threads: ThreadSummary[];
  posts: PostSummary[];
  onChange: (filters: QueueFilters) => void;
}

// The queue's order and what to narrow it to: a post, a thread, or the channel of the post.
export function QueueFilterBar({ filters, threads, posts, onChange }: QueueFilterBarProps) {
  const { t } = useTranslation();
  const { channels } = useChannels();
  const ids = { order: useId(), post: useId(), thread: useId(), channel: useId() };
  // Posts with comments, each with how many of them wait.
  const waitingByPost = new Map<string, number>();
  for (const thread of threads) {
    if (thread.postId) waitingByPost.set(thread.postId, (waitingByPost.get(thread.postId) ?? 0) + thread.needsReply);
  }
  const commented = posts.filter((post) => waitingByPost.has(post.id));
  const change = (patch: Partial<QueueFilters>) => onChange({ ...filters, ...patch });
  return (
    <div className="queue-filters">
      <div className="field">
        <label htmlFor={ids.order}>{t('queue.order')}</label>
        <select
          id={ids.order}
          value={filters.order}
          onChange={(event) => change({ order: event.target.value === 'oldest' ? 'oldest' : 'newest' })}
        >
          <option value="newest">{t('queue.newest')}</option>
          <option value="oldest">{t('queue.oldest')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.post}>{t('queue.post')}</label>
        <select
          id={ids.post}
          value={filters.postId ?? ''}
          onChange={(event) => change({ postId: event.target.value || null })}
        >
          <option value="">{t('queue.allPosts')}</option>
          {commented.map((post) => (
            <option key={post.id} value={post.id}>
              {t('queue.optionCount', {
                name: post.title || t('posts.untitled'),
                count: waitingByPost.get(post.id) ?? 0,
              })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.thread}>{t('queue.thread')}</label>
        <select
          id={ids.thread}
          value={filters.threadId ?? ''}
          onChange={(event) => change({ threadId: event.target.value || null })}
        >
          <option value="">{t('queue.allThreads')}</option>
          {threads.map((thread) => (
            <option key={thread.id} value={thread.id}>
              {t('queue.optionCount', { name: thread.title || t('thread.untitled'), count: thread.needsReply })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.channel}>{t('queue.channel')}</label>
        <select
          id={ids.channel}
          value={filters.channelId ?? ''}
          onChange={(event) => change({ channelId: event.target.value || null })}
        >
          <option value="">{t('queue.allChannels')}</option>
          {channels.map((channel) => (
            <option key={channel.id} value={channel.id}>
              {channel.code}
            </option>
          ))}
        </select>
      </div>
      {isFiltered(filters) && (
        <button type="button" onClick={() => onChange({ ...ALL_WAITING, order: filters.order })}>
          {t('queue.clearFilters')}
        </button>
      )}
    </div>
  );
}
