import { afterEach, describe, expect, it, vi } from 'vitest';

const app = { isPackaged: false };
const loaded: { url?: string; file?: string }[] = [];
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
  loadFile(file: string) {
    loaded.push({ file });
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
  it('is sandboxed and isolated, without Node', () => {
    createMainWindow({ spellcheck: false });
    expect(webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
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

  it('in the installed app, loads its own files whatever the environment names', () => {
    app.isPackaged = true;
    process.env.ELECTRON_RENDERER_URL = 'https://evil.example/';
    createMainWindow({ spellcheck: false });
    app.isPackaged = false;
    expect(loaded.pop()?.file).toMatch(/renderer[\\/]index\.html$/);
  });
});
