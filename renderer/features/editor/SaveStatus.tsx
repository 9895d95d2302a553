import { useCallback, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveQueue, SaveState } from './saveQueue';

// Tells, politely and live, whether the post's words have reached the data file, and in words why not.
export function SaveStatus({ queue }: { queue: SaveQueue }) {
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
