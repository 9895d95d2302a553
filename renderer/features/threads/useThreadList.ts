import { useEffect, useState } from 'react';
import type { ThreadSummary } from '../../../electron/core/api';
import { api } from '../../lib/api';

// All comment threads, for the Comments list and the editor's line about a post's comments.
export const useThreadList = (version: number): ThreadSummary[] => {
  const [threads, setThreads] = useState<ThreadSummary[]>([]);
  useEffect(() => {
    let live = true;
    api.threads.list({}).then(
      (list) => live && setThreads(list),
      (error: unknown) => console.warn('Kanal could not list the comment threads', error),
    );
    return () => {
      live = false;
    };
  }, [version]);
  return threads;
};
