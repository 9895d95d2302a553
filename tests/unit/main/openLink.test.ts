import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Services } from '../../../electron/core/handlers';
import { dispatch } from '../../../electron/core/dispatch';

const openExternal = vi.fn(async () => undefined);
vi.mock('electron', () => ({ shell: { openExternal }, dialog: {} }));
const { openExternalLink } = await import('../../../electron/main/openExternalLink');
const { desktopTransport } = await import('../../../electron/main/desktopTransport');
const { createCloseGate } = await import('../../../electron/main/closeGate');
const { browserTransport } = await import('../../../electron/core/handlers');

beforeEach(() => openExternal.mockClear());

describe('links opened outside the app', () => {
  it('hand web and mail links to the system, normalized', async () => {
    expect(await openExternalLink('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(openExternal).toHaveBeenLastCalledWith('https://example.com/a%20b', { activate: true });
    expect(await openExternalLink('mailto:reader@example.com?subject=Hi')).toBe('mailto:reader@example.com?subject=Hi');
    expect(openExternal).toHaveBeenCalledTimes(2);
  });

  it('never hand the system anything else', async () => {
    const hostile = [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'smb://attacker/share',
      'ms-msdt:/id PCWDiagnostic',
      'java\tscript:alert(1)',
      ' https://example.com',
      '//example.com',
      'data:text/html,<script>alert(1)</script>',
      'app://kanal/index.html',
      `https://example.com/${'a'.repeat(3000)}`,
      42,
    ];
    for (const url of hostile) expect(await openExternalLink(url)).toBeNull();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('go through the contract operation app.openLink, whose input is checked before main sees it', async () => {
    const transport = desktopTransport({} as Services, () => null, createCloseGate());
    const handlers = { 'app.openLink': transport['app.openLink'] } as unknown as Parameters<typeof dispatch>[0];
    expect(await dispatch(handlers, 'app.openLink', { url: 'mailto:a@example.com' })).toEqual({
      ok: true,
      value: { url: 'mailto:a@example.com' },
    });
    expect(openExternal).toHaveBeenCalledWith('mailto:a@example.com', { activate: true });
    openExternal.mockClear();
    for (const input of [
      { url: 'javascript:alert(1)' },
      { url: 'file:///etc/passwd' },
      {},
      { url: 'https://a.example', x: 1 },
    ]) {
      expect(await dispatch(handlers, 'app.openLink', input)).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('are not opened by the browser host, whose browser opens them itself', async () => {
    const handlers = { 'app.openLink': browserTransport['app.openLink'] } as unknown as Parameters<typeof dispatch>[0];
    expect(await dispatch(handlers, 'app.openLink', { url: 'https://example.com/' })).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
  });
});
