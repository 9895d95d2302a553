import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostSummary } from '../../../electron/core/api';
import { formatChanged } from '../../lib/formatChanged';
import { formatDate } from '../../lib/formatDate';

interface PostListItemProps {
  post: PostSummary;
  id: string;
  // Where it stands in the whole list (only the rows in view are in the page) and where it is drawn.
  index: number;
  count: number;
  top: number;
  measure: (row: HTMLLIElement | null) => void;
  selected: boolean;
  // The one option the Tab key reaches.
  tabStop: boolean;
  onOpen: (postId: string) => void;
  onFocus: (postId: string) => void;
}

// One post: an option named by its title (all the text it shows), with its facts beside it, read as its description.
// Drawn again only when its own post or state changes: a library of thousands of posts re-renders the list often.
export const PostListItem = memo(function PostListItem({
  post,
  id,
  index,
  count,
  top,
  measure,
  selected,
  tabStop,
  onOpen,
  onFocus,
}: PostListItemProps) {
  const { t, i18n } = useTranslation();
  const title = post.title || t('posts.untitled');
  const changed = formatChanged(post.updatedAt, i18n.language);
  return (
    <li
      ref={measure}
      role="none"
      data-index={index}
      className={selected ? 'item-option selected' : 'item-option'}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => onOpen(post.id)}
    >
      <div
        role="option"
        id={id}
        data-post-id={post.id}
        aria-selected={selected}
        aria-posinset={index + 1}
        aria-setsize={count}
        aria-describedby={`${id}-facts`}
        tabIndex={tabStop ? 0 : -1}
        className={post.title ? 'item-title' : 'item-title untitled'}
        onFocus={() => onFocus(post.id)}
      >
        {title}
      </div>
      {/* Read once, as the option's description, not again as text of the list. */}
      <div className="item-facts" id={`${id}-facts`} aria-hidden="true">
        <span className={`status-pill status-${post.status}`}>{t(`status.${post.status}`)}</span>
        {post.channels.length > 0 && <span className="item-channels">{post.channels.join(', ')}</span>}
        <span>{t('editor.words', { count: post.words })}</span>
        {post.publishedAt && (
          <time
            className="item-published"
            dateTime={post.publishedAt}
            title={t('posts.publishedOn', { date: formatDate(post.publishedAt, i18n.language) })}
          >
            {t('posts.publishedOn', { date: formatChanged(post.publishedAt, i18n.language) })}
          </time>
        )}
        <time
          className="item-updated"
          dateTime={post.updatedAt}
          title={t('posts.changed', { date: formatDate(post.updatedAt, i18n.language) })}
        >
          {post.publishedAt ? t('posts.updated', { when: changed }) : changed}
        </time>
      </div>
    </li>
  );
});
