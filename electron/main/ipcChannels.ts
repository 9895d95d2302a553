// The two IPC channels between main and preload: calls into the contract, and menu commands out.
export const CALL_CHANNEL = 'kanal:call';
export const MENU_CHANNEL = 'kanal:menu';
export const MENU_COMMANDS = ['new-post', 'import', 'paste', 'export-html', 'settings', 'channels'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
