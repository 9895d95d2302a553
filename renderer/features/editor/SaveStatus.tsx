import { useCallback, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveQueue, SaveState } from './saveQueue';

// Any editor's queue: a post's or a reply's.
type SaveProgress = Pick<SaveQueue<object, unknown>, 'state' | 'lastError' | 'subscribe'>;

// Tells, politely and live, whether the words of a post or a reply have reached the data file, and in words why not.
export function SaveStatus({ queue }: { queue: SaveProgress }) {
  const { t } = useTranslation();
  const subscribe = useCallback((onChange: () => void) => queue.subscribe(onChange), [queue]);
  const state = useSyncExternalStore<SaveState>(subscribe, () => queue.state);
  const error = useSyncExternalStore(subscribe, () => queue.lastError);
  return (
    <div className="save-state">
      <p role="status" className={`save-status save-status-${state}`}>
        {t(`save.${state}`)}
      </p>
      {state === 'retrying' && error && <p className="save-error">{error}</p>}
    </div>
  );
}
