import { useEffect, useState } from 'react';
import type { ThreadSummary } from '../../../electron/core/api';
import { firstScreenAnswer } from '../../lib/firstScreenCalls';

// All comment threads, for the Comments list and the editor's line about a post's comments.
export const useThreadList = (version: number): ThreadSummary[] => {
  const [threads, setThreads] = useState<ThreadSummary[]>([]);
  useEffect(() => {
    let live = true;
    firstScreenAnswer('threads.list').then(
      (list) => live && setThreads(list),
      (error: unknown) => console.warn('Kanal could not list the comment threads', error),
    );
    return () => {
      live = false;
    };
  }, [version]);
  return threads;
};
