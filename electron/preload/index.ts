import { contextBridge, ipcRenderer } from 'electron';
import type { Envelope, KanalBridge } from '../core/api';
import { contractBridge } from '../core/shared/contractCallers';
import { MENU_EVENT } from '../core/shared/menuCommands';
import { CALL_CHANNEL, MENU_CHANNEL, MENU_COMMANDS } from '../main/ipcChannels';

// Exactly the contract's operations; ipcRenderer itself never reaches the page.
const kanal = contractBridge(
  (name, input) => ipcRenderer.invoke(CALL_CHANNEL, name, input) as Promise<Envelope<unknown>>,
) satisfies KanalBridge;

contextBridge.exposeInMainWorld('kanal', kanal);

// Commands from main reach the page as DOM events carrying a plain string, so nothing else is exposed.
ipcRenderer.on(MENU_CHANNEL, (_event, command: unknown) => {
  if (typeof command === 'string' && (MENU_COMMANDS as readonly string[]).includes(command)) {
    window.dispatchEvent(new CustomEvent(MENU_EVENT, { detail: command }));
  }
});
