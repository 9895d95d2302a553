import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostSummary } from '../../../electron/core/api';
import { useChannels } from '../channels/ChannelsContext';
import { ChannelFilter } from './ChannelFilter';
import { LISTBOX_KEYS, rovingTarget } from '../../lib/rovingFocus';
import { PostListItem } from './PostListItem';
import { usePostListRows } from './usePostListRows';
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
  const posts = useMemo(
    () => (list.posts && code ? list.posts.filter((post) => post.channels.includes(code)) : list.posts),
    [list.posts, code],
  );
  const shown = useMemo(() => posts ?? [], [posts]);
  const current =
    shown.find((post) => post.id === focusedId) ?? shown.find((post) => post.id === selectedId) ?? shown[0] ?? null;
  const optionId = (post: PostSummary) => `${idPrefix}-${post.id}`;
  const ids = useMemo(() => shown.map((post) => post.id), [shown]);
  const currentIndex = current ? shown.indexOf(current) : -1;
  const rows = usePostListRows(listRef, ids, currentIndex);
  const selectedIndex = selectedId === null ? -1 : ids.indexOf(selectedId);
  const { scrollToRow } = rows;
  // The open post is in view: after a reload, and when it is opened from elsewhere (search, a new post).
  useEffect(() => scrollToRow(selectedIndex), [scrollToRow, selectedIndex]);

  const focusAt = (index: number) => {
    const post = shown[index];
    if (!post) return;
    setFocusedId(post.id);
    rows.focusRow(index);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!current || event.altKey || event.ctrlKey || event.metaKey) return;
    const next = rovingTarget(LISTBOX_KEYS, event.key, currentIndex, shown.length);
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
            className="item-list item-list-rows"
            aria-label={t('posts.listLabel')}
            style={{ height: rows.virtualizer.getTotalSize() }}
            onKeyDown={onKeyDown}
          >
            {rows.virtualizer.getVirtualItems().map((row) => {
              const post = shown[row.index];
              if (!post) return null;
              return (
                <PostListItem
                  key={post.id}
                  post={post}
                  id={optionId(post)}
                  index={row.index}
                  count={shown.length}
                  top={row.start - rows.scrollMargin}
                  measure={rows.virtualizer.measureElement}
                  selected={post.id === selectedId}
                  tabStop={row.index === currentIndex}
                  onOpen={onOpen}
                  onFocus={setFocusedId}
                />
              );
            })}
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
