// The two IPC channels between main and preload: calls into the contract, and menu commands out.
export const CALL_CHANNEL = 'kanal:call';
export const MENU_CHANNEL = 'kanal:menu';
export { MENU_COMMANDS, type MenuCommand } from '../core/shared/menuCommands';
