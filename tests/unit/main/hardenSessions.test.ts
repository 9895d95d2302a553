import { beforeEach, describe, expect, it, vi } from 'vitest';

const appListeners = new Map<string, (...args: unknown[]) => void>();
const openExternal = vi.fn(async () => undefined);
const session = {
  setPermissionRequestHandler: vi.fn(),
  setPermissionCheckHandler: vi.fn(),
  webRequest: { onHeadersReceived: vi.fn() },
};
vi.mock('electron', () => ({
  app: { on: (name: string, fn: (...args: unknown[]) => void) => appListeners.set(name, fn) },
  session: { defaultSession: session },
  shell: { openExternal },
}));
const { APP_CSP } = await import('../../../electron/core/csp');
const { hardenSessions } = await import('../../../electron/main/hardenSessions');
hardenSessions();

type NavigationEvent = { url?: string | undefined; preventDefault: () => void };

// A stand-in for a webContents, recording what Kanal registers on it.
function contents(url = 'app://kanal/index.html') {
  const on = new Map<string, (event: NavigationEvent) => void>();
  let openHandler: (details: { url: string }) => { action: string } = () => ({ action: 'allow' });
  const wc = {
    getURL: () => url,
    on: (name: string, fn: (event: NavigationEvent) => void) => on.set(name, fn),
    setWindowOpenHandler: (fn: typeof openHandler) => {
      openHandler = fn;
    },
  };
  appListeners.get('web-contents-created')?.({}, wc);
  return { on, open: (u: string) => openHandler({ url: u }) };
}
const event = (url?: string) => ({ url, preventDefault: vi.fn() });

beforeEach(() => openExternal.mockClear());

describe('the hardened window', () => {
  it('never navigates away from the app, only reloads itself', () => {
    const { on } = contents();
    for (const away of [
      'https://evil.example/',
      'file:///etc/passwd',
      'app://kanal/other.html',
      'mailto:a@b.example',
    ]) {
      const navigation = event(away);
      on.get('will-navigate')?.(navigation);
      expect(navigation.preventDefault).toHaveBeenCalled();
    }
    const reload = event('app://kanal/index.html');
    on.get('will-navigate')?.(reload);
    expect(reload.preventDefault).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('follows no redirect and attaches no webview', () => {
    const { on } = contents();
    const redirect = event('https://evil.example/');
    on.get('will-redirect')?.(redirect);
    expect(redirect.preventDefault).toHaveBeenCalled();
    const webview = event();
    on.get('will-attach-webview')?.(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('opens no new windows; web and mail links go to the system, other schemes nowhere', () => {
    const { open } = contents();
    expect(open('https://example.com/post')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/post', { activate: true });
    expect(open('mailto:reader@example.com')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenLastCalledWith('mailto:reader@example.com', { activate: true });
    openExternal.mockClear();
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://kanal/index.html',
      'smb://host/share',
      'ms-msdt:x',
    ]) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies every permission request and check', () => {
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      c: unknown,
      p: string,
      cb: (ok: boolean) => void,
    ) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const answer = vi.fn();
      request({}, permission, answer);
      expect(answer).toHaveBeenCalledWith(false);
    }
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as () => boolean;
    expect(check()).toBe(false);
  });

  it('sets the one CSP on every response, replacing none the page could weaken', () => {
    const headers = session.webRequest.onHeadersReceived.mock.calls[0]?.[0] as (
      d: unknown,
      cb: (r: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
    const done = vi.fn();
    headers({ responseHeaders: { 'Content-Security-Policy': ["script-src 'unsafe-inline'"] } }, done);
    expect(done.mock.calls[0]?.[0].responseHeaders['Content-Security-Policy']).toEqual([APP_CSP]);
  });
});
