import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostSummary } from '../../../electron/core/api';
import { formatChanged } from '../../lib/formatChanged';
import { formatDate } from '../../lib/formatDate';

interface PostListItemProps {
  post: PostSummary;
  selected: boolean;
  onOpen: (postId: string) => void;
  onDelete: (post: PostSummary) => void;
}

export function PostListItem({ post, selected, onOpen, onDelete }: PostListItemProps) {
  const { t, i18n } = useTranslation();
  const title = post.title || t('posts.untitled');
  const titleId = useId();
  const factsId = useId();
  // Each button is named by the title alone; the facts are read as its description.
  return (
    <li className={selected ? 'selected' : undefined}>
      <button
        type="button"
        className="item-open"
        aria-current={selected ? 'true' : undefined}
        aria-labelledby={titleId}
        aria-describedby={factsId}
        onClick={() => onOpen(post.id)}
      >
        <span className={post.title ? 'item-title' : 'item-title untitled'} id={titleId}>
          {title}
        </span>
        <span className="item-facts" id={factsId}>
          <span className={`status-pill status-${post.status}`}>{t(`status.${post.status}`)}</span>
          {post.channels.length > 0 && <span className="item-channels">{post.channels.join(', ')}</span>}
          <span>{t('editor.words', { count: post.words })}</span>
          <time
            dateTime={post.updatedAt}
            title={t('posts.changed', { date: formatDate(post.updatedAt, i18n.language) })}
          >
            {formatChanged(post.updatedAt, i18n.language)}
          </time>
        </span>
      </button>
      <button
        type="button"
        className="quiet-button item-delete"
        aria-describedby={titleId}
        title={t('posts.deleteNamed', { title })}
        onClick={() => onDelete(post)}
      >
        {t('posts.delete')}
      </button>
    </li>
  );
}
