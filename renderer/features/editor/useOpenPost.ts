import { useEffect, useRef, useState } from 'react';
import type { Post } from '../../../electron/core/shared/schema';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/apiError';
import { flushSaves } from './saveQueues';
import { takeStartupCopy } from './startupPost';

export type OpenPost = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; post: Post };

// A core that does not answer must not keep the post closed; the recovery copy covers what is still pending.
const FLUSH_WAIT_MS = 3000;

// Loads a post after its own pending saves have landed, so the editor never starts from an older copy.
// A post just made comes with its copy (`initial`), so its editor opens at once.
export const useOpenPost = (postId: string, initial: Post | null): OpenPost => {
  const startWith = useRef(initial);
  const [state, setState] = useState<OpenPost>(() =>
    initial?.id === postId ? { kind: 'ready', post: initial } : { kind: 'loading' },
  );
  useEffect(() => {
    const given = startWith.current;
    startWith.current = null;
    if (given?.id === postId) return;
    let live = true;
    setState({ kind: 'loading' });
    // The post opened at start was asked for while the app loaded; nothing was saved in between.
    const atStart = takeStartupCopy(postId);
    const waitForSaves = Promise.race([
      flushSaves(postId),
      new Promise<void>((resolve) => setTimeout(resolve, FLUSH_WAIT_MS)),
    ]);
    const load = async (): Promise<Post> => (atStart && (await atStart)) || api.posts.get({ id: postId });
    (atStart ? load() : waitForSaves.then(load)).then(
      (post) => live && setState({ kind: 'ready', post }),
      (error: unknown) => live && setState({ kind: 'error', message: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [postId]);
  return state;
};
