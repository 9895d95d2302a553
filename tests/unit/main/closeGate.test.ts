import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCloseGate } from '../../../electron/main/closeGate';
import { MENU_CHANNEL } from '../../../electron/main/ipcChannels';

// A stand-in for the BrowserWindow: `close()` emits 'close' as Electron's does, and the window goes once no listener stops it.
function fakeWindow(options: { crashed?: boolean } = {}) {
  let onClose: (event: { preventDefault: () => void }) => void = () => undefined;
  const state = { closed: false };
  const emitClose = (): { preventDefault: ReturnType<typeof vi.fn> } => {
    const event = { preventDefault: vi.fn() };
    onClose(event);
    if (!event.preventDefault.mock.calls.length) state.closed = true;
    return event;
  };
  const window = {
    on: (name: string, listener: typeof onClose) => {
      if (name === 'close') onClose = listener;
    },
    isDestroyed: () => state.closed,
    close: vi.fn(() => void emitClose()),
    webContents: { send: vi.fn(), isCrashed: () => options.crashed ?? false },
  };
  return { window, state, userCloses: emitClose, asBrowserWindow: () => window as unknown as Electron.BrowserWindow };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('closing the desktop window', () => {
  it('asks the page to save first and closes when the page answers', () => {
    const gate = createCloseGate();
    const fake = fakeWindow();
    gate.guard(fake.asBrowserWindow());
    expect(fake.userCloses().preventDefault).toHaveBeenCalled();
    expect(fake.window.webContents.send).toHaveBeenCalledWith(MENU_CHANNEL, 'save-before-close');
    expect(fake.state.closed).toBe(false);
    expect(gate.readyToClose()).toEqual({ closing: true });
    expect(fake.state.closed).toBe(true);
  });

  it('asks once however often the author clicks close while the page saves', () => {
    const gate = createCloseGate();
    const fake = fakeWindow();
    gate.guard(fake.asBrowserWindow());
    fake.userCloses();
    fake.userCloses();
    expect(fake.window.webContents.send).toHaveBeenCalledTimes(1);
    expect(fake.state.closed).toBe(false);
  });

  it('closes after the wait when the page never answers', () => {
    const gate = createCloseGate(5000);
    const fake = fakeWindow();
    gate.guard(fake.asBrowserWindow());
    fake.userCloses();
    vi.advanceTimersByTime(4999);
    expect(fake.state.closed).toBe(false);
    vi.advanceTimersByTime(1);
    expect(fake.state.closed).toBe(true);
    expect(gate.readyToClose()).toEqual({ closing: false });
  });

  it('closes a crashed page at once, without asking it', () => {
    const gate = createCloseGate();
    const fake = fakeWindow({ crashed: true });
    gate.guard(fake.asBrowserWindow());
    fake.userCloses();
    expect(fake.state.closed).toBe(true);
    expect(fake.window.webContents.send).not.toHaveBeenCalled();
  });

  it('answers an unasked ready-to-close without closing anything', () => {
    const gate = createCloseGate();
    const fake = fakeWindow();
    gate.guard(fake.asBrowserWindow());
    expect(gate.readyToClose()).toEqual({ closing: false });
    expect(fake.window.close).not.toHaveBeenCalled();
  });
});
