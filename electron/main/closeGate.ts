import type { BrowserWindow } from 'electron';
import type { ClosingAnswer } from '../core/api';
import { MENU_CHANNEL, type MenuCommand } from './ipcChannels';

const SAVE_WAIT_MS = 5000;
const SAVE_BEFORE_CLOSE: MenuCommand = 'save-before-close';

export interface CloseGate {
  // Holds the window's close until the page has written its pending saves, or the wait is over.
  guard(window: BrowserWindow): void;
  // The page's answer, through the contract: its saves are written.
  readyToClose(): ClosingAnswer;
}

// Closing right after typing must not lose the last words; a page that never answers must not keep the window open.
export function createCloseGate(waitMs = SAVE_WAIT_MS): CloseGate {
  let release: (() => void) | null = null;
  return {
    guard(window) {
      let mayClose = false;
      window.on('close', (event) => {
        if (mayClose) return;
        event.preventDefault();
        if (release) return;
        const close = () => {
          clearTimeout(timer);
          release = null;
          mayClose = true;
          if (!window.isDestroyed()) window.close();
        };
        const timer = setTimeout(close, waitMs);
        release = close;
        // A crashed page has nothing left to save and cannot answer.
        if (window.webContents.isCrashed()) return close();
        window.webContents.send(MENU_CHANNEL, SAVE_BEFORE_CLOSE);
      });
    },
    readyToClose() {
      if (!release) return { closing: false };
      release();
      return { closing: true };
    },
  };
}
