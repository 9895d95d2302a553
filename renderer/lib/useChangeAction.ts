import { useState } from 'react';
import { errorMessage } from './apiError';

// Runs one change, then what must follow it (a fresh list, a reload), and keeps the error to show beside the form.
export function useChangeAction(afterChange: () => unknown) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await action();
      await afterChange();
      return true;
    } catch (failure) {
      setError(errorMessage(failure));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, error, setError };
}
