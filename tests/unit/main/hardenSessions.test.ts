import { describe, expect, it, vi } from 'vitest';

const appListeners = new Map<string, (...args: unknown[]) => void>();
const openExternal = vi.fn();
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
const { hardenSessions } = await import('../../../electron/main/hardenSessions');
hardenSessions();

// A stand-in for a webContents, recording what Kanal registers on it.
function contents(url = 'file:///app/index.html') {
  const on = new Map<string, (event: { preventDefault: () => void }, url?: string) => void>();
  let openHandler: (details: { url: string }) => { action: string } = () => ({ action: 'allow' });
  const wc = {
    getURL: () => url,
    on: (name: string, fn: (event: { preventDefault: () => void }, url?: string) => void) => on.set(name, fn),
    setWindowOpenHandler: (fn: typeof openHandler) => {
      openHandler = fn;
    },
  };
  appListeners.get('web-contents-created')?.({}, wc);
  return { on, open: (u: string) => openHandler({ url: u }) };
}
const event = () => ({ preventDefault: vi.fn() });

describe('the hardened window', () => {
  it('never navigates away from the app', () => {
    const { on } = contents();
    const away = event();
    on.get('will-navigate')?.(away, 'https://evil.example/');
    expect(away.preventDefault).toHaveBeenCalled();
    const reload = event();
    on.get('will-navigate')?.(reload, 'file:///app/index.html');
    expect(reload.preventDefault).not.toHaveBeenCalled();
    const webview = event();
    on.get('will-attach-webview')?.(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('opens no new windows; web links go to the browser, other schemes nowhere', () => {
    const { open } = contents();
    expect(open('https://example.com/post')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/post');
    openExternal.mockClear();
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies every permission and sets the CSP on every response', () => {
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      c: unknown,
      p: string,
      cb: (ok: boolean) => void,
    ) => void;
    const answer = vi.fn();
    request({}, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as () => boolean;
    expect(check()).toBe(false);
    const headers = session.webRequest.onHeadersReceived.mock.calls[0]?.[0] as (
      d: unknown,
      cb: (r: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
    const done = vi.fn();
    headers({ responseHeaders: {} }, done);
    expect(done.mock.calls[0]?.[0].responseHeaders['Content-Security-Policy'][0]).toContain("script-src 'self'");
  });
});
