import { useEffect, useState } from 'react';
import { api } from '../../lib/api';
import { whenIdle } from '../../lib/whenIdle';

// How many comments wait for a reply, for the navigation's badge; read again whenever anything may have changed.
// It waits until the page is idle: the open post is asked for and drawn first.
export const useQueueCount = (version: number): number | null => {
  const [total, setTotal] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    const cancel = whenIdle(() => {
      api.queue.count({}).then(
        (result) => live && setTotal(result.total),
        (error: unknown) => console.warn('Kanal could not count the comments waiting for a reply', error),
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [version]);
  return total;
};
