import { ipcMain, type BrowserWindow } from 'electron';
import { failure } from '../core/api';
import { dispatch } from '../core/dispatch';
import type { Handlers } from '../core/handlers';
import { CALL_CHANNEL } from './ipcChannels';

// Every call is checked: it must come from our window's main frame, and its input passes the contract's schema.
export function registerIpc(handlers: Handlers, window: () => BrowserWindow | null): void {
  ipcMain.handle(CALL_CHANNEL, (event, name: unknown, input: unknown) => {
    const ours = window();
    if (!ours || event.sender !== ours.webContents || event.senderFrame !== ours.webContents.mainFrame) {
      return failure('forbidden', 'Calls are accepted only from the Kanal window.');
    }
    if (typeof name !== 'string') return failure('invalid-input', 'The operation name must be text.');
    return dispatch(handlers, name, input);
  });
}
