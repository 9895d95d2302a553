import type { KanalBridge } from '../../electron/core/api';

declare global {
  interface Window {
    // Set by the Electron preload; absent in the browser.
    kanal?: KanalBridge;
    // Called by Electron's main process before it closes the window.
    kanalFlush?: () => Promise<void>;
  }
}
