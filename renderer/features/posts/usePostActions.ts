import { useCallback, useState } from 'react';
import type { PostSummary } from '../../../electron/core/api';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/apiError';
import { flushSaves } from '../editor/saveQueues';

export interface DeletedPost {
  id: string;
  title: string;
}

interface PostActionsOptions {
  openPost: (postId: string | null) => void;
  openPostId: string | null;
  onListChanged: () => void;
}

const FLUSH_WAIT_MS = 3000;

// Delete and undo-delete, each followed by a fresh post list.
export const usePostActions = ({ openPost, openPostId, onListChanged }: PostActionsOptions) => {
  const [deleted, setDeleted] = useState<DeletedPost | null>(null);
  const [error, setError] = useState<string | null>(null);

  const remove = async (post: PostSummary) => {
    setError(null);
    if (openPostId === post.id) openPost(null);
    try {
      // The last words go in first, so Undo brings them back too.
      await Promise.race([flushSaves(post.id), new Promise((resolve) => setTimeout(resolve, FLUSH_WAIT_MS))]);
      await api.posts.delete({ id: post.id });
      setDeleted({ id: post.id, title: post.title });
      onListChanged();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  const undo = async () => {
    if (!deleted) return;
    try {
      await api.posts.restore({ id: deleted.id });
      setDeleted(null);
      onListChanged();
      openPost(deleted.id);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  const dismissDeleted = useCallback(() => setDeleted(null), []);
  return { remove, undo, deleted, dismissDeleted, error };
};
