import { useTranslation } from 'react-i18next';
import type { PostSummary } from '../../../electron/core/api';
import { ChannelFilter } from './ChannelFilter';
import { PostListItem } from './PostListItem';
import type { PostListState } from './usePostList';

interface PostListProps {
  list: PostListState;
  channelFilter: string | null;
  selectedId: string | null;
  onFilter: (channelId: string | null) => void;
  onOpen: (postId: string) => void;
  onDelete: (post: PostSummary) => void;
}

// The author's posts, most recently changed first, optionally for one channel.
export function PostList({ list, channelFilter, selectedId, onFilter, onOpen, onDelete }: PostListProps) {
  const { t } = useTranslation();
  return (
    <>
      <ChannelFilter value={channelFilter} onChange={onFilter} />
      {list.error && (
        <p role="alert" className="form-error">
          {list.error}
        </p>
      )}
      {list.posts === null ? (
        <p className="placeholder-text">{t('common.loading')}</p>
      ) : list.posts.length === 0 ? (
        <p className="placeholder-text">{channelFilter ? t('posts.noneInChannel') : t('posts.none')}</p>
      ) : (
        <ul className="item-list" aria-label={t('posts.listLabel')}>
          {list.posts.map((post) => (
            <PostListItem key={post.id} post={post} selected={post.id === selectedId} onOpen={onOpen} onDelete={onDelete} />
          ))}
        </ul>
      )}
    </>
  );
}
