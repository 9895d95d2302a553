import { useState } from 'react';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/apiError';

// The changes one can make to an open thread as a whole; each tells the lists, which reload the thread too.
export const useThreadActions = (threadId: string, onChanged: () => void) => {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await action();
      onChanged();
      return true;
    } catch (failure) {
      setError(errorMessage(failure));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return {
    busy,
    error,
    link: (postId: string | null) => void run(() => api.threads.link({ threadId, postId })),
    remove: () => run(() => api.threads.delete({ id: threadId })),
  };
};
