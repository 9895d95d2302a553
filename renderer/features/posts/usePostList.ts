import { useEffect, useState } from 'react';
import type { PostSummary } from '../../../electron/core/api';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/apiError';

export interface PostListState {
  posts: PostSummary[] | null;
  error: string | null;
}

// The posts of one channel (or all), newest change first as the core sorts them.
export const usePostList = (channelId: string | null, version: number): PostListState => {
  const [state, setState] = useState<PostListState>({ posts: null, error: null });
  useEffect(() => {
    let live = true;
    api.posts.list(channelId ? { channelId } : {}).then(
      (posts) => live && setState({ posts, error: null }),
      (error: unknown) => live && setState((previous) => ({ posts: previous.posts, error: errorMessage(error) })),
    );
    return () => {
      live = false;
    };
  }, [channelId, version]);
  return state;
};
