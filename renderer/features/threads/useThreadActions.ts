import { api } from '../../lib/api';
import { useChangeAction } from '../../lib/useChangeAction';

// The changes one can make to an open thread as a whole; each tells the lists, which reload the thread too.
export const useThreadActions = (threadId: string, onChanged: () => void) => {
  const { run, busy, error } = useChangeAction(onChanged);
  return {
    busy,
    error,
    link: (postId: string | null) => void run(() => api.threads.link({ threadId, postId })),
    remove: () => run(() => api.threads.delete({ id: threadId })),
  };
};
