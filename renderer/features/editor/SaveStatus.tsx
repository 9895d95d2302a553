import { useCallback, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveQueue, SaveState } from './saveQueue';

// Tells, politely and live, whether the post's words have reached the data file.
export function SaveStatus({ queue }: { queue: SaveQueue }) {
  const { t } = useTranslation();
  const subscribe = useCallback((onChange: () => void) => queue.subscribe(onChange), [queue]);
  const state = useSyncExternalStore<SaveState>(subscribe, () => queue.state);
  const error = useSyncExternalStore(subscribe, () => queue.lastError);
  return (
    <p
      role="status"
      className={`save-status save-status-${state}`}
      title={state === 'retrying' ? (error ?? undefined) : undefined}
    >
      {t(`save.${state}`)}
    </p>
  );
}
