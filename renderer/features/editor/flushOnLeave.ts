import { api, onMenuCommand } from '../../lib/api';
import { flushAllSaves, flushAllSavesForExit } from './saveQueues';

// Sends pending edits when the page is hidden or closed. The desktop asks before it closes the window and
// waits for the answer; whatever failed to save stays in the recovery copy.
export const installFlushOnLeave = (): (() => void) => {
  const flushNow = (): void => flushAllSavesForExit();
  const onVisibility = (): void => {
    if (document.visibilityState === 'hidden') flushNow();
  };
  window.addEventListener('pagehide', flushNow);
  document.addEventListener('visibilitychange', onVisibility);
  const stopAnswering = onMenuCommand((command) => {
    if (command !== 'save-before-close') return;
    void flushAllSaves()
      .catch(() => undefined)
      .then(() => api.app.readyToClose({}))
      .catch(() => undefined);
  });
  return () => {
    window.removeEventListener('pagehide', flushNow);
    document.removeEventListener('visibilitychange', onVisibility);
    stopAnswering();
  };
};
