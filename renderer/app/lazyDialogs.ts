import { lazy } from 'react';

// Dialogs the first screen does not show are loaded when first opened, so the window starts on a smaller script.
export const SettingsDialog = lazy(() =>
  import('../features/settings/SettingsDialog').then((module) => ({ default: module.SettingsDialog })),
);
export const SnippetsDialog = lazy(() =>
  import('../features/snippets/SnippetsDialog').then((module) => ({ default: module.SnippetsDialog })),
);
export const ImportDialog = lazy(() =>
  import('../features/import/ImportDialog').then((module) => ({ default: module.ImportDialog })),
);
export const ChannelManager = lazy(() =>
  import('../features/channels/ChannelManager').then((module) => ({ default: module.ChannelManager })),
);
export const ShortcutsDialog = lazy(() =>
  import('../features/keyboard/ShortcutsDialog').then((module) => ({ default: module.ShortcutsDialog })),
);
