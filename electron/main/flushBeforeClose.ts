import type { BrowserWindow } from 'electron';

const FLUSH_TIMEOUT_MS = 5000;

// Closing right after typing must not lose the last words: let the page save, then close.
export function flushBeforeClose(window: BrowserWindow): void {
  let flushed = false;
  window.on('close', (event) => {
    if (flushed) return;
    event.preventDefault();
    const flush = window.webContents.executeJavaScript('window.kanalFlush ? window.kanalFlush() : null', true);
    const timeout = new Promise((resolve) => setTimeout(resolve, FLUSH_TIMEOUT_MS));
    void Promise.race([flush, timeout])
      .catch(() => undefined)
      .then(() => {
        flushed = true;
        window.close();
      });
  });
}
