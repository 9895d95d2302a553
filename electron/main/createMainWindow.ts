import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';

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
    },
  });
  window.once('ready-to-show', () => window.show());
  // The installed app never loads a page named by its environment: that page would get the preload's whole API.
  const devServer = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  if (devServer) void window.loadURL(devServer);
  else void window.loadFile(join(import.meta.dirname, '../renderer/index.html'));
  return window;
}
