import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThreadSummary } from '../../../electron/core/api';
import type { Post } from '../../../electron/core/shared/schema';
import type { FreshPost } from '../posts/useNewPost';
import { PostForm, type CaretPlace } from './PostForm';
import { announceSaved } from './saveQueues';
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
  // A version put back from the history, or the post with downloaded pictures, over the copy it replaced: the form
  // opens again on it, writing on at its end.
  const [restored, setRestored] = useState<{ over: Post; post: Post } | null>(null);
  // What became of the pictures last downloaded into this post.
  const [pictureReport, setPictureReport] = useState<{ postId: string; text: string } | null>(null);
  if (open.kind === 'loading') return <p className="placeholder-text">{t('common.loading')}</p>;
  if (open.kind === 'error') {
    return (
      <p role="alert" className="form-error">
        {t('editor.loadFailed', { message: open.message })}
      </p>
    );
  }
  const fromHistory = restored?.over === open.post ? restored.post : null;
  const post = fromHistory ?? open.post;
  // An untitled post that was never changed is new: writing starts at its title.
  const untouched = post.title === '' && post.createdAt === post.updatedAt;
  return (
    <PostForm
      key={`${post.id}:${post.updatedAt}`}
      post={post}
      startFocus={fromHistory ? 'body' : (fresh?.focus ?? (untouched ? 'title' : null))}
      startSelection={fromHistory ? null : startSelection}
      onSelection={onSelection}
      linkedThreads={threads.filter((thread) => thread.postId === postId)}
      onOpenThread={onOpenThread}
      onRestored={(next) => {
        setRestored({ over: open.post, post: next });
        announceSaved(next);
      }}
      onPicturesDownloaded={({ post: next }, text) => {
        setPictureReport({ postId, text });
        if (next.updatedAt === post.updatedAt) return;
        setRestored({ over: open.post, post: next });
        announceSaved(next);
      }}
      pictureReport={pictureReport?.postId === postId ? pictureReport.text : null}
    />
  );
}
