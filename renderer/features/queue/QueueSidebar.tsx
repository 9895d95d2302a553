import { useTranslation } from 'react-i18next';
import type { PostSummary, ThreadSummary } from '../../../electron/core/api';
import { keyOf } from '../keyboard/shortcuts';
import { QueueFilterBar } from './QueueFilterBar';
import type { QueueFilters } from './queueFilters';

interface QueueSidebarProps {
  filters: QueueFilters;
  threads: ThreadSummary[];
  posts: PostSummary[];
  onFilters: (filters: QueueFilters) => void;
  onSnippets: () => void;
  onShortcuts: () => void;
}

// Beside the queue: what it shows, the saved replies to answer with, and the keys.
export function QueueSidebar({ filters, threads, posts, onFilters, onSnippets, onShortcuts }: QueueSidebarProps) {
  const { t } = useTranslation();
  return (
    <>
      <QueueFilterBar filters={filters} threads={threads} posts={posts} onChange={onFilters} />
      <div className="queue-side-actions">
        <button type="button" onClick={onSnippets}>
          {t('snippets.manage')}
        </button>
        <button type="button" aria-keyshortcuts={keyOf('help')} onClick={onShortcuts}>
          {t('queue.shortcuts')}
        </button>
      </div>
      <p className="quiet queue-keys-hint">{t('queue.keysHint')}</p>
    </>
  );
}
