import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { APP_ENTRY_URL } from './appScheme';

// The one window: sandboxed, isolated, no Node, and only our preload.
export function createMainWindow(options: { spellcheck: boolean }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    title: 'Kanal',
    show: false,
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: options.spellcheck,
      webviewTag: false,
      // No auxclick events: a middle click gives a page no way of its own to open a link.
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  // The installed app never loads a page named by its environment: that page would get the preload's whole API.
  const devServer = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  void window.loadURL(devServer ?? APP_ENTRY_URL);
  return window;
}
