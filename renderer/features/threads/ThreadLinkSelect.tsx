import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostSummary } from '../../../electron/core/api';

interface ThreadLinkSelectProps {
  postId: string | null;
  posts: PostSummary[];
  disabled: boolean;
  onChange: (postId: string | null) => void;
}

// Which post a thread belongs to, so the editor can point to its comments.
export function ThreadLinkSelect({ postId, posts, disabled, onChange }: ThreadLinkSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field field-inline">
      <label htmlFor={id}>{t('thread.linkedPost')}</label>
      <select
        id={id}
        value={postId ?? ''}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value="">{t('thread.noPost')}</option>
        {posts.map((post) => (
          <option key={post.id} value={post.id}>
            {post.title || t('posts.untitled')}
          </option>
        ))}
      </select>
    </div>
  );
}
