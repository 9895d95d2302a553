import { useEffect, useState } from 'react';
import type { ThreadView } from '../../../electron/core/api';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/apiError';

export interface ThreadState {
  thread: ThreadView | null;
  error: string | null;
}

// Loads a thread; while it reloads after a change, the previous copy stays on screen.
export const useThread = (threadId: string, version: number): ThreadState => {
  const [state, setState] = useState<ThreadState>({ thread: null, error: null });
  useEffect(() => {
    let live = true;
    api.threads.get({ id: threadId }).then(
      (thread) => live && setState({ thread, error: null }),
      (error: unknown) => live && setState((previous) => ({ thread: previous.thread, error: errorMessage(error) })),
    );
    return () => {
      live = false;
    };
  }, [threadId, version]);
  return state.thread && state.thread.id !== threadId ? { thread: null, error: state.error } : state;
};
