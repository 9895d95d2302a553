import { afterEach, describe, expect, it, vi } from 'vitest';

const app = { isPackaged: false };
const loaded: { url?: string }[] = [];
let webPreferences: Record<string, unknown> = {};
class BrowserWindow {
  constructor(options: { webPreferences: Record<string, unknown> }) {
    webPreferences = options.webPreferences;
  }
  once(): void {}
  loadURL(url: string) {
    loaded.push({ url });
    return Promise.resolve();
  }
}
vi.mock('electron', () => ({ app, BrowserWindow }));
const { createMainWindow } = await import('../../../electron/main/createMainWindow');

afterEach(() => {
  loaded.length = 0;
  delete process.env.ELECTRON_RENDERER_URL;
});

describe('the main window', () => {
  it('is sandboxed and isolated, without Node, and keeps every web security default', () => {
    createMainWindow({ spellcheck: false });
    expect(webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    // Settings that would reopen what the defaults close are never given.
    for (const name of [
      'nodeIntegrationInWorker',
      'nodeIntegrationInSubFrames',
      'experimentalFeatures',
      'enableBlinkFeatures',
    ]) {
      expect(webPreferences[name]).toBeUndefined();
    }
    expect(webPreferences.disableBlinkFeatures).toBe('Auxclick');
    expect(String(webPreferences.preload)).toMatch(/preload[\\/]index\.cjs$/);
  });

  it('checks spelling only when told a dictionary is at hand', () => {
    createMainWindow({ spellcheck: false });
    expect(webPreferences.spellcheck).toBe(false);
    createMainWindow({ spellcheck: true });
    expect(webPreferences.spellcheck).toBe(true);
  });

  it('loads the development server only in development', () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    createMainWindow({ spellcheck: false });
    expect(loaded.pop()).toEqual({ url: 'http://localhost:5173' });
  });

  it('loads its own files from app://, never file://', () => {
    createMainWindow({ spellcheck: false });
    expect(loaded.pop()).toEqual({ url: 'app://kanal/index.html' });
  });

  it('in the installed app, loads its own files whatever the environment names', () => {
    app.isPackaged = true;
    process.env.ELECTRON_RENDERER_URL = 'https://evil.example/';
    createMainWindow({ spellcheck: false });
    app.isPackaged = false;
    expect(loaded.pop()).toEqual({ url: 'app://kanal/index.html' });
  });
});
