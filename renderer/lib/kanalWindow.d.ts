import type { KanalBridge } from '../../electron/core/api';

declare global {
  interface Window {
    // Set by the Electron preload; absent in the browser.
    kanal?: KanalBridge;
  }
}
