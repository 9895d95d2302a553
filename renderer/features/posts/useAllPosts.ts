import { useEffect, useState } from 'react';
import type { PostSummary } from '../../../electron/core/api';
import { api } from '../../lib/api';

// Every post, unfiltered: for choosing a thread's post and naming it.
export const useAllPosts = (version: number): PostSummary[] => {
  const [posts, setPosts] = useState<PostSummary[]>([]);
  useEffect(() => {
    let live = true;
    api.posts.list({}).then(
      (list) => live && setPosts(list),
      () => live && setPosts([]),
    );
    return () => {
      live = false;
    };
  }, [version]);
  return posts;
};
