import { describe, expect, it, vi } from 'vitest';
import { operationNames, operationParts } from '../../../electron/core/api';

const exposeInMainWorld = vi.fn();
const invoke = vi.fn(async () => ({ ok: true, value: null }));
const on = vi.fn();
vi.mock('electron', () => ({ contextBridge: { exposeInMainWorld }, ipcRenderer: { invoke, on } }));
const dispatchEvent = vi.fn();
vi.stubGlobal('window', { dispatchEvent });
await import('../../../electron/preload/index');
const { CALL_CHANNEL, MENU_CHANNEL } = await import('../../../electron/main/ipcChannels');

type Bridge = Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
const [exposedAs, bridge] = (exposeInMainWorld.mock.calls[0] ?? []) as [string, Bridge];

describe('the preload', () => {
  it('exposes exactly the operations of the contract, as window.kanal', () => {
    expect(exposedAs).toBe('kanal');
    const exposed = Object.entries(bridge).flatMap(([namespace, methods]) =>
      Object.keys(methods).map((method) => `${namespace}.${method}`),
    );
    expect(exposed.sort()).toEqual([...operationNames].sort());
  });

  it('sends each operation on the call channel under its own name, and hands back the envelope', async () => {
    for (const name of operationNames) {
      const [namespace, method] = operationParts(name);
      expect(await bridge[namespace]?.[method]?.({ probe: name })).toEqual({ ok: true, value: null });
      expect(invoke).toHaveBeenLastCalledWith(CALL_CHANNEL, name, { probe: name });
    }
  });

  it('passes the known commands from main on to the page, and nothing else', () => {
    const [channel, listener] = (on.mock.calls[0] ?? []) as [string, (event: unknown, command: unknown) => void];
    expect(channel).toBe(MENU_CHANNEL);
    listener({}, 'save-before-close');
    listener({}, 'rm -rf /');
    listener({}, { toString: () => 'import' });
    expect(dispatchEvent).toHaveBeenCalledTimes(1);
    expect((dispatchEvent.mock.calls[0]?.[0] as CustomEvent).detail).toBe('save-before-close');
  });
});
