import { app, session } from 'electron';
import { APP_CSP } from '../core/csp';
import { openExternalLink } from './openExternalLink';

// Nothing the page does may leave the app: no navigation, no new windows, no permissions, one CSP.
export function hardenSessions(): void {
  app.on('web-contents-created', (_event, contents) => {
    // Only a reload of the page itself; links go through the window-open handler or the app.openLink operation.
    contents.on('will-navigate', (event) => {
      if (event.url !== contents.getURL()) event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // A link that asks for a new window opens outside the app, if the URL policy allows it, never inside.
      void openExternalLink(url).catch(() => null);
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
