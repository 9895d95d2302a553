import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostSummary } from '../../../electron/core/api';
import { useChannels } from '../channels/ChannelsContext';
import { ChannelFilter } from './ChannelFilter';
import { LISTBOX_KEYS, rovingTarget } from '../../lib/rovingFocus';
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

// The author's posts, most recently changed first, optionally for one channel: one tab stop, moved with the arrow keys.
export function PostList({ list, channelFilter, selectedId, onFilter, onOpen, onDelete }: PostListProps) {
  const { t } = useTranslation();
  const { channels } = useChannels();
  const idPrefix = useId();
  const listRef = useRef<HTMLUListElement>(null);
  // The post the focus was last on in the list; the open post until the author moves.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  // Channel codes are unique regardless of case, and the list names channels by code.
  const code = channels.find((channel) => channel.id === channelFilter)?.code;
  const posts = list.posts && code ? list.posts.filter((post) => post.channels.includes(code)) : list.posts;
  const shown = posts ?? [];
  const current =
    shown.find((post) => post.id === focusedId) ?? shown.find((post) => post.id === selectedId) ?? shown[0] ?? null;
  const optionId = (post: PostSummary) => `${idPrefix}-${post.id}`;

  const focusAt = (index: number) => {
    const post = shown[index];
    if (!post) return;
    setFocusedId(post.id);
    listRef.current?.querySelector<HTMLElement>(`[data-post-id="${CSS.escape(post.id)}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!current || event.altKey || event.ctrlKey || event.metaKey) return;
    const next = rovingTarget(LISTBOX_KEYS, event.key, shown.indexOf(current), shown.length);
    if (next !== null) {
      event.preventDefault();
      focusAt(next);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(current.id);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      onDelete(current);
    }
  };

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
        <>
          <ul
            ref={listRef}
            role="listbox"
            className="item-list"
            aria-label={t('posts.listLabel')}
            onKeyDown={onKeyDown}
          >
            {posts.map((post) => (
              <PostListItem
                key={post.id}
                post={post}
                id={optionId(post)}
                selected={post.id === selectedId}
                tabStop={post.id === current?.id}
                onOpen={onOpen}
                onFocus={setFocusedId}
              />
            ))}
          </ul>
          {current && (
            <div className="item-list-actions">
              <button
                type="button"
                className="quiet-button"
                aria-describedby={optionId(current)}
                title={t('posts.deleteNamed', { title: current.title || t('posts.untitled') })}
                onClick={() => onDelete(current)}
              >
                {t('posts.delete')}
              </button>
            </div>
          )}
        </>
      )}
    </>
  );
}
