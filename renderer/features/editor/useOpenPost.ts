import { useEffect, useState } from 'react';
import type { Post } from '../../../electron/core/store/schema';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/apiError';
import { flushSaves } from './saveQueues';

export type OpenPost = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; post: Post };

// A core that does not answer must not keep the post closed; the recovery copy covers what is still pending.
const FLUSH_WAIT_MS = 3000;

// Loads a post after its own pending saves have landed, so the editor never starts from an older copy.
export const useOpenPost = (postId: string, reloadKey: number): OpenPost => {
  const [state, setState] = useState<OpenPost>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    const waitForSaves = Promise.race([
      flushSaves(postId),
      new Promise<void>((resolve) => setTimeout(resolve, FLUSH_WAIT_MS)),
    ]);
    waitForSaves
      .then(() => api.posts.get({ id: postId }))
      .then(
        (post) => live && setState({ kind: 'ready', post }),
        (error: unknown) => live && setState({ kind: 'error', message: errorMessage(error) }),
      );
    return () => {
      live = false;
    };
  }, [postId, reloadKey]);
  return state;
};
