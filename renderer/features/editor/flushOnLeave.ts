import { flushAllSaves, flushAllSavesForExit } from './saveQueues';

// Electron waits for kanalFlush before closing; a dead core must not keep the window open forever.
const CLOSE_WAIT_MS = 5000;

// Sends pending edits when the page is hidden or closed, and lets Electron ask for the same.
export const installFlushOnLeave = (): (() => void) => {
  const flushNow = (): void => flushAllSavesForExit();
  const onVisibility = (): void => {
    if (document.visibilityState === 'hidden') flushNow();
  };
  window.addEventListener('pagehide', flushNow);
  document.addEventListener('visibilitychange', onVisibility);
  window.kanalFlush = () =>
    Promise.race([flushAllSaves(), new Promise<void>((resolve) => setTimeout(resolve, CLOSE_WAIT_MS))]);
  return () => {
    window.removeEventListener('pagehide', flushNow);
    document.removeEventListener('visibilitychange', onVisibility);
    delete window.kanalFlush;
  };
};
