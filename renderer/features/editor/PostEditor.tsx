import { useTranslation } from 'react-i18next';
import type { ThreadSummary } from '../../../electron/core/api';
import { PostForm } from './PostForm';
import { useOpenPost } from './useOpenPost';

interface PostEditorProps {
  postId: string;
  reloadKey: number;
  threads: ThreadSummary[];
  onOpenThread: (threadId: string) => void;
}

// Loads the chosen post; a fresh form (and editor) per post keeps one post's edits out of another.
export function PostEditor({ postId, reloadKey, threads, onOpenThread }: PostEditorProps) {
  const { t } = useTranslation();
  const open = useOpenPost(postId, reloadKey);
  if (open.kind === 'loading') return <p className="placeholder-text">{t('common.loading')}</p>;
  if (open.kind === 'error') {
    return (
      <p role="alert" className="form-error">
        {t('editor.loadFailed', { message: open.message })}
      </p>
    );
  }
  return (
    <PostForm
      key={`${open.post.id}:${reloadKey}`}
      post={open.post}
      linkedThreads={threads.filter((thread) => thread.postId === postId)}
      onOpenThread={onOpenThread}
    />
  );
}
