import { useCallback, useEffect, useState } from 'react';
import type { Snippet } from '../../../electron/core/shared/schema';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/apiError';

// The saved replies, and one change at a time to them, each followed by a fresh list.
export const useSnippetList = () => {
  const [snippets, setSnippets] = useState<Snippet[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    api.snippets.list({}).then(
      (list) => live && setSnippets(list),
      (failure: unknown) => live && setError(errorMessage(failure)),
    );
    return () => {
      live = false;
    };
  }, []);
  const run = useCallback(async (action: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await action();
      setSnippets(await api.snippets.list({}));
      return true;
    } catch (failure) {
      setError(errorMessage(failure));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { snippets, error, busy, run };
};
