import { useEffect, useState } from 'react';
import type { ThreadView } from '../../../electron/core/api';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/apiError';

export interface ThreadState {
  thread: ThreadView | null;
  error: string | null;
  // The version the thread shown was loaded for.
  loadedFor: number;
}

// Loads a thread; while it reloads after a change, the previous copy stays on screen.
export const useThread = (threadId: string, version: number): ThreadState => {
  const [state, setState] = useState<ThreadState>({ thread: null, error: null, loadedFor: -1 });
  useEffect(() => {
    let live = true;
    api.threads.get({ id: threadId }).then(
      (thread) => live && setState({ thread, error: null, loadedFor: version }),
      (error: unknown) => live && setState((previous) => ({ ...previous, error: errorMessage(error) })),
    );
    return () => {
      live = false;
    };
  }, [threadId, version]);
  return state.thread && state.thread.id !== threadId ? { thread: null, error: state.error, loadedFor: -1 } : state;
};
