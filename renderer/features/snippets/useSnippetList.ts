import { useEffect, useState } from 'react';
import type { Snippet } from '../../../electron/core/shared/schema';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/apiError';
import { useChangeAction } from '../../lib/useChangeAction';

// The saved replies, and one change at a time to them, each followed by a fresh list.
export const useSnippetList = () => {
  const [snippets, setSnippets] = useState<Snippet[] | null>(null);
  const { run, busy, error, setError } = useChangeAction(async () => setSnippets(await api.snippets.list({})));
  useEffect(() => {
    let live = true;
    api.snippets.list({}).then(
      (list) => live && setSnippets(list),
      (failure: unknown) => live && setError(errorMessage(failure)),
    );
    return () => {
      live = false;
    };
  }, [setError]);
  return { snippets, error, busy, run };
};
