// What main can ask the window to do: the menu's commands, and writing pending saves before the window closes.
// Plain strings, so they cross into the page safely.
export const MENU_COMMANDS = [
  'new-post',
  'import',
  'paste',
  'export-html',
  'settings',
  'channels',
  'save-before-close',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

// The DOM event the preload turns each command into.
export const MENU_EVENT = 'kanal:menu';
