import { useCallback, useState } from 'react';
import type { ImportTab } from '../features/import/ImportTabs';

export type OpenDialog =
  | { kind: 'none' }
  | { kind: 'settings' }
  | { kind: 'channels' }
  | { kind: 'snippets' }
  | { kind: 'shortcuts' }
  // `key` gives each opening a fresh form, e.g. when more files are dropped.
  | { kind: 'import'; tab: ImportTab; files: File[]; key: number };

// Which dialog is open; only one at a time.
export const useDialogs = () => {
  const [dialog, setDialog] = useState<OpenDialog>({ kind: 'none' });
  const close = useCallback(() => setDialog({ kind: 'none' }), []);
  const openImport = useCallback(
    (tab: ImportTab, files: File[] = []) => setDialog({ kind: 'import', tab, files, key: Date.now() }),
    [],
  );
  const openSettings = useCallback(() => setDialog({ kind: 'settings' }), []);
  const openChannels = useCallback(() => setDialog({ kind: 'channels' }), []);
  const openSnippets = useCallback(() => setDialog({ kind: 'snippets' }), []);
  const openShortcuts = useCallback(() => setDialog({ kind: 'shortcuts' }), []);
  return { dialog, close, openImport, openSettings, openChannels, openSnippets, openShortcuts };
};
