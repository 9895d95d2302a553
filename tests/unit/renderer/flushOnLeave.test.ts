// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../../electron/core/shared/menuCommands';
// window.kanal, as renderer/lib/api.ts reads it.
import type {} from '../../../renderer/lib/kanalWindow';

let onCommand: (command: MenuCommand) => void = () => undefined;
const readyToClose = vi.fn(async () => ({ closing: true }));
vi.mock('../../../renderer/lib/api', () => ({
  api: { app: { readyToClose } },
  onMenuCommand: (listener: typeof onCommand) => {
    onCommand = listener;
    return () => undefined;
  },
}));
let finishSaves: () => void = () => undefined;
const flushAllSaves = vi.fn(() => new Promise<void>((resolve) => (finishSaves = resolve)));
vi.mock('../../../renderer/features/editor/saveQueues', () => ({ flushAllSaves, flushAllSavesForExit: vi.fn() }));
const { installFlushOnLeave } = await import('../../../renderer/features/editor/flushOnLeave');

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the page before the desktop window closes', () => {
  it('writes its pending saves, and only then tells main it may close', async () => {
    const uninstall = installFlushOnLeave();
    onCommand('import');
    expect(flushAllSaves).not.toHaveBeenCalled();
    onCommand('save-before-close');
    expect(flushAllSaves).toHaveBeenCalledTimes(1);
    await settle();
    expect(readyToClose).not.toHaveBeenCalled();
    finishSaves();
    await settle();
    expect(readyToClose).toHaveBeenCalledWith({});
    uninstall();
  });

  it('still lets the window close when a save fails', async () => {
    readyToClose.mockClear();
    flushAllSaves.mockImplementationOnce(() => Promise.reject(new Error('disk full')));
    const uninstall = installFlushOnLeave();
    onCommand('save-before-close');
    await settle();
    expect(readyToClose).toHaveBeenCalledTimes(1);
    uninstall();
  });
});
