import { app, session, shell } from 'electron';
import { APP_CSP } from '../core/csp';
import { allowedUrl, WEB_SCHEMES } from '../core/shared/policy';

// Nothing the page does may leave the app: no navigation, no new windows, no permissions, one CSP.
export function hardenSessions(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (url !== contents.getURL()) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // Links in posts and comments open in the author's browser, never inside the app.
      const web = allowedUrl(url, WEB_SCHEMES);
      if (web) void shell.openExternal(web);
      return { action: 'deny' };
    });
  });
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [APP_CSP] } });
  });
}
