import { useTranslation } from 'react-i18next';
import type { PostSummary } from '../../../electron/core/api';
import { useChannels } from '../channels/ChannelsContext';
import { ChannelFilter } from './ChannelFilter';
import { PostListItem } from './PostListItem';
import type { PostsState } from './usePosts';

interface PostListProps {
  list: PostsState;
  channelFilter: string | null;
  selectedId: string | null;
  onFilter: (channelId: string | null) => void;
  onOpen: (postId: string) => void;
  onDelete: (post: PostSummary) => void;
}

// The author's posts, most recently changed first, optionally for one channel.
export function PostList({ list, channelFilter, selectedId, onFilter, onOpen, onDelete }: PostListProps) {
  const { t } = useTranslation();
  const { channels } = useChannels();
  // Channel codes are unique regardless of case, and the list names channels by code.
  const code = channels.find((channel) => channel.id === channelFilter)?.code;
  const posts = list.posts && code ? list.posts.filter((post) => post.channels.includes(code)) : list.posts;
  return (
    <>
      <ChannelFilter value={channelFilter} onChange={onFilter} />
      {list.error && (
        <p role="alert" className="form-error">
          {list.error}
        </p>
      )}
      {posts === null ? (
        <p className="placeholder-text">{t('common.loading')}</p>
      ) : posts.length === 0 ? (
        <div className="empty-state">
          <p>{code ? t('posts.noneInChannel', { code }) : t('posts.none')}</p>
          {code && (
            <button type="button" onClick={() => onFilter(null)}>
              {t('posts.showAll')}
            </button>
          )}
        </div>
      ) : (
        <ul className="item-list" aria-label={t('posts.listLabel')}>
          {posts.map((post) => (
            <PostListItem
              key={post.id}
              post={post}
              selected={post.id === selectedId}
              onOpen={onOpen}
              onDelete={onDelete}
            />
          ))}
        </ul>
      )}
    </>
  );
}
