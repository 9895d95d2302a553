import { useTranslation } from 'react-i18next';
import type { ThreadSummary } from '../../../electron/core/api';
import type { FreshPost } from '../posts/useNewPost';
import { PostForm, type CaretPlace } from './PostForm';
import { useOpenPost } from './useOpenPost';

interface PostEditorProps {
  postId: string;
  // Set only for a post just made: its copy, and where the writing goes on.
  fresh: FreshPost | null;
  // Where the caret goes when the post opens again after a reload.
  startSelection: CaretPlace | null;
  onSelection: (postId: string, from: number, to: number) => void;
  threads: ThreadSummary[];
  onOpenThread: (threadId: string) => void;
}

// Loads the chosen post; a fresh form (and editor) per post keeps one post's edits out of another.
export function PostEditor({ postId, fresh, startSelection, onSelection, threads, onOpenThread }: PostEditorProps) {
  const { t } = useTranslation();
  const open = useOpenPost(postId, fresh?.post ?? null);
  if (open.kind === 'loading') return <p className="placeholder-text">{t('common.loading')}</p>;
  if (open.kind === 'error') {
    return (
      <p role="alert" className="form-error">
        {t('editor.loadFailed', { message: open.message })}
      </p>
    );
  }
  const post = open.post;
  // An untitled post that was never changed is new: writing starts at its title.
  const untouched = post.title === '' && post.createdAt === post.updatedAt;
  return (
    <PostForm
      key={post.id}
      post={post}
      startFocus={fresh?.focus ?? (untouched ? 'title' : null)}
      startSelection={startSelection}
      onSelection={onSelection}
      linkedThreads={threads.filter((thread) => thread.postId === postId)}
      onOpenThread={onOpenThread}
    />
  );
}
