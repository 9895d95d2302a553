import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../electron/core/handlers';

const handle = vi.fn();
vi.mock('electron', () => ({ ipcMain: { handle } }));
const { registerIpc } = await import('../../../electron/main/registerIpc');
const { CALL_CHANNEL } = await import('../../../electron/main/ipcChannels');

const mainFrame = { id: 'main' };
const webContents = { mainFrame };
const window = { webContents } as unknown as Electron.BrowserWindow;
const handlers = { 'channels.list': () => [{ code: 'B2B' }] } as unknown as Handlers;

type Listener = (event: unknown, name: unknown, input: unknown) => Promise<unknown> | unknown;
let listener: Listener;

beforeEach(() => {
  handle.mockReset();
  registerIpc(handlers, () => window);
  listener = handle.mock.calls[0]?.[1] as Listener;
});

describe('IPC from the renderer', () => {
  it('listens on the one call channel', () => {
    expect(handle).toHaveBeenCalledWith(CALL_CHANNEL, expect.any(Function));
  });

  it("answers our window's main frame", async () => {
    expect(await listener({ sender: webContents, senderFrame: mainFrame }, 'channels.list', {})).toEqual({
      ok: true,
      value: [{ code: 'B2B' }],
    });
  });

  it('refuses a sub-frame, another window and a missing window', async () => {
    const forbidden = {
      ok: false,
      error: { code: 'forbidden', message: 'Calls are accepted only from the Kanal window.' },
    };
    expect(await listener({ sender: webContents, senderFrame: { id: 'iframe' } }, 'channels.list', {})).toEqual(
      forbidden,
    );
    expect(await listener({ sender: { mainFrame: {} }, senderFrame: mainFrame }, 'channels.list', {})).toEqual(
      forbidden,
    );
    handle.mockReset();
    registerIpc(handlers, () => null);
    const orphaned = handle.mock.calls[0]?.[1] as Listener;
    expect(await orphaned({ sender: webContents, senderFrame: mainFrame }, 'channels.list', {})).toEqual(forbidden);
  });

  it('validates the operation name and input like every other transport', async () => {
    const ours = { sender: webContents, senderFrame: mainFrame };
    expect(await listener(ours, 42, {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await listener(ours, 'shell.openExternal', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-operation' },
    });
    expect(await listener(ours, 'channels.list', { extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});
