import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCloseGate } from '../../../electron/main/closeGate';
import { MENU_CHANNEL } from '../../../electron/main/ipcChannels';
import { setupSaveBeforeQuit } from '../../../electron/main/saveBeforeQuit';

interface Preventable {
  preventDefault: ReturnType<typeof vi.fn>;
}
const preventable = (): Preventable => ({ preventDefault: vi.fn() });

// Electron's app as far as quitting goes: `quit()` emits 'before-quit', and the app ends unless a listener holds it.
function fakeApp() {
  const emitter = new EventEmitter();
  const state = { ended: false };
  const app = {
    on: emitter.on.bind(emitter),
    quit: vi.fn(() => {
      const event = preventable();
      emitter.emit('before-quit', event);
      if (!event.preventDefault.mock.calls.length) state.ended = true;
    }),
  };
  return { app, state };
}

function fakeWindow() {
  const emitter = new EventEmitter();
  const window = {
    on: emitter.on.bind(emitter),
    isDestroyed: () => false,
    close: vi.fn(),
    webContents: { send: vi.fn(), isCrashed: () => false },
  };
  return { window, emitter, asBrowserWindow: () => window as unknown as Electron.BrowserWindow };
}

function setup(platform: NodeJS.Platform, waitMs = 5000) {
  const { app, state } = fakeApp();
  const powerMonitor = new EventEmitter();
  const page = fakeWindow();
  const closeGate = createCloseGate(waitMs);
  closeGate.guard(page.asBrowserWindow());
  const quitting = setupSaveBeforeQuit({
    app: app as unknown as Electron.App,
    powerMonitor: powerMonitor as unknown as Electron.PowerMonitor,
    platform,
    currentWindow: () => page.asBrowserWindow(),
    closeGate,
  });
  quitting.guardSessionEnd(page.asBrowserWindow());
  const askedToSave = () => page.window.webContents.send.mock.calls.filter((call) => call[0] === MENU_CHANNEL).length;
  return { app, state, powerMonitor, page, closeGate, askedToSave };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('quitting the desktop app', () => {
  it('waits for the page to write its pending saves, then quits', async () => {
    const { app, state, closeGate, askedToSave } = setup('linux');
    app.quit();
    expect(state.ended).toBe(false);
    expect(askedToSave()).toBe(1);
    expect(closeGate.readyToClose()).toEqual({ closing: true });
    await vi.runAllTimersAsync();
    expect(state.ended).toBe(true);
  });

  it('lets the window close without asking the page a second time once it has saved', async () => {
    const { app, state, page, closeGate, askedToSave } = setup('darwin');
    app.quit();
    closeGate.readyToClose();
    await vi.runAllTimersAsync();
    expect(state.ended).toBe(true);
    const closing = preventable();
    page.emitter.emit('close', closing);
    expect(closing.preventDefault).not.toHaveBeenCalled();
    expect(askedToSave()).toBe(1);
  });

  it('quits after the wait when the page never answers', async () => {
    const { app, state } = setup('linux', 5000);
    app.quit();
    await vi.advanceTimersByTimeAsync(4999);
    expect(state.ended).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.ended).toBe(true);
  });

  it('asks the page once however often quit is asked for while it saves', async () => {
    const { app, state, closeGate, askedToSave } = setup('linux');
    app.quit();
    app.quit();
    expect(askedToSave()).toBe(1);
    closeGate.readyToClose();
    await vi.runAllTimersAsync();
    expect(state.ended).toBe(true);
  });

  it('holds a Linux or macOS shutdown until the page has saved, then quits', async () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const { state, powerMonitor, closeGate, askedToSave } = setup(platform);
      const shutdown = preventable();
      powerMonitor.emit('shutdown', shutdown);
      expect(shutdown.preventDefault).toHaveBeenCalled();
      expect(askedToSave()).toBe(1);
      expect(state.ended).toBe(false);
      closeGate.readyToClose();
      await vi.runAllTimersAsync();
      expect(state.ended).toBe(true);
    }
  });

  it('saves and quits when Windows ends the session', async () => {
    const { state, page, powerMonitor, closeGate, askedToSave } = setup('win32');
    expect(powerMonitor.listenerCount('shutdown')).toBe(0);
    page.emitter.emit('session-end', preventable());
    expect(askedToSave()).toBe(1);
    closeGate.readyToClose();
    await vi.runAllTimersAsync();
    expect(state.ended).toBe(true);
  });

  it('listens for a session end only on Windows', () => {
    const { page } = setup('linux');
    expect(page.emitter.listenerCount('session-end')).toBe(0);
  });
});
