// What the desktop menu can ask the window to do; plain strings, so they cross into the page safely.
export const MENU_COMMANDS = ['new-post', 'import', 'paste', 'export-html', 'settings', 'channels'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
