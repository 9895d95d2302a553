import type { App, BrowserWindow, PowerMonitor } from 'electron';
import type { CloseGate } from './closeGate';

export interface QuitSaving {
  app: Pick<App, 'on' | 'quit'>;
  powerMonitor: Pick<PowerMonitor, 'on'>;
  platform: NodeJS.Platform;
  currentWindow: () => BrowserWindow | null;
  closeGate: Pick<CloseGate, 'saveBeforeQuit'>;
}

// Quitting (the menu, the dock, logging off, shutting down) must not lose the words typed a moment ago: the page
// writes its pending saves first, within the close gate's wait, so a hung page cannot hold the quit forever.
export function setupSaveBeforeQuit({ app, powerMonitor, platform, currentWindow, closeGate }: QuitSaving): {
  guardSessionEnd(window: BrowserWindow): void;
} {
  let saved = false;
  let saving: Promise<void> | null = null;
  const saveThenQuit = (): Promise<void> => {
    saving ??= closeGate.saveBeforeQuit(currentWindow()).then(() => {
      saved = true;
      app.quit();
    });
    return saving;
  };

  app.on('before-quit', (event) => {
    if (saved) return;
    event.preventDefault();
    void saveThenQuit();
  });
  // Linux and macOS say a shutdown is coming; holding it is allowed while the app quits as soon as it can
  // (Electron passes the event, though its types do not say so).
  if (platform !== 'win32')
    powerMonitor.on('shutdown', (event?: { preventDefault(): void }) => {
      event?.preventDefault();
      void saveThenQuit();
    });
  return {
    // Windows ends the session through each window, without a quit first.
    guardSessionEnd(window) {
      if (platform === 'win32') window.on('session-end', () => void saveThenQuit());
    },
  };
}
