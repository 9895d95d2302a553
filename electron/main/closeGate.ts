import type { BrowserWindow } from 'electron';
import type { ClosingAnswer } from '../core/api';
import { MENU_CHANNEL, type MenuCommand } from './ipcChannels';

const SAVE_WAIT_MS = 5000;
const SAVE_BEFORE_CLOSE: MenuCommand = 'save-before-close';

export interface CloseGate {
  // Holds the window's close until the page has written its pending saves, or the wait is over.
  guard(window: BrowserWindow): void;
  // Before the app quits: asks the page to write its pending saves and resolves once it has, or the wait is over;
  // from then on the window closes without asking again.
  saveBeforeQuit(window: BrowserWindow | null): Promise<void>;
  // The page's answer, through the contract: its saves are written.
  readyToClose(): ClosingAnswer;
}

// Closing right after typing must not lose the last words; a page that never answers must not keep the window open.
export function createCloseGate(waitMs = SAVE_WAIT_MS): CloseGate {
  // The question the page is answering now: who waits for the answer, and how to give it to them.
  let asked: { callers: (() => void)[]; answer: () => void } | null = null;
  let quitting = false;

  // Calls `then` once the page has saved (or cannot, or does not answer in time); the page is asked once at a time.
  const whenPageSaved = (window: BrowserWindow, then: () => void): void => {
    // A crashed page has nothing left to save and cannot answer.
    if (window.isDestroyed() || window.webContents.isCrashed()) return then();
    if (asked) {
      asked.callers.push(then);
      return;
    }
    const callers = [then];
    const answer = () => {
      clearTimeout(timer);
      asked = null;
      for (const caller of callers) caller();
    };
    const timer = setTimeout(answer, waitMs);
    asked = { callers, answer };
    window.webContents.send(MENU_CHANNEL, SAVE_BEFORE_CLOSE);
  };

  return {
    guard(window) {
      let closing = false;
      let mayClose = false;
      window.on('close', (event) => {
        if (mayClose || quitting) return;
        event.preventDefault();
        // Clicking close again while the page saves adds nothing.
        if (closing) return;
        closing = true;
        whenPageSaved(window, () => {
          mayClose = true;
          if (!window.isDestroyed()) window.close();
        });
      });
    },
    saveBeforeQuit(window) {
      return new Promise((resolve) => {
        const saved = () => {
          quitting = true;
          resolve();
        };
        if (!window) return saved();
        whenPageSaved(window, saved);
      });
    },
    readyToClose() {
      if (!asked) return { closing: false };
      asked.answer();
      return { closing: true };
    },
  };
}
