import { useTranslation } from 'react-i18next';
import type { ThreadSummary } from '../../../electron/core/api';

interface PostThreadsLineProps {
  threads: ThreadSummary[];
  onOpen: (threadId: string) => void;
}

// In the editor: a post's comment threads, and how many comments wait for a reply.
export function PostThreadsLine({ threads, onOpen }: PostThreadsLineProps) {
  const { t } = useTranslation();
  if (threads.length === 0) return null;
  return (
    <ul className="post-threads">
      {threads.map((thread) => (
        <li key={thread.id}>
          <button type="button" className="link-button" onClick={() => onOpen(thread.id)}>
            {t('thread.counts', {
              comments: t('thread.comments', { count: thread.comments }),
              needsReply: t('thread.needReply', { count: thread.needsReply }),
            })}
          </button>
        </li>
      ))}
    </ul>
  );
}
