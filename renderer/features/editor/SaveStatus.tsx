import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveQueue, SaveState } from './saveQueue';

// Tells, politely and live, whether the post's words have reached the data file.
export function SaveStatus({ queue }: { queue: SaveQueue }) {
  const { t } = useTranslation();
  const [state, setState] = useState<SaveState>(queue.state);
  const [error, setError] = useState<string | null>(queue.lastError);
  useEffect(() => {
    setState(queue.state);
    return queue.subscribe((next, lastError) => {
      setState(next);
      setError(lastError);
    });
  }, [queue]);
  return (
    <p role="status" className={`save-status save-status-${state}`} title={state === 'retrying' ? (error ?? undefined) : undefined}>
      {t(`save.${state}`)}
    </p>
  );
}
