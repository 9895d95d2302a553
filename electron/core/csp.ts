// THE Content-Security-Policy of the app window (app://), the browser host and the built index.html: only our own
// scripts ever run, nothing is fetched from anywhere but the app itself, and nothing can frame, post or re-base the page.
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  // React sets style attributes (a comment's indentation); no style can run code.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  // Browser mode calls its host on the same origin; the desktop app calls nothing over the network.
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

// Browsers ignore frame-ancestors in a <meta> policy and warn about it; the header carries it.
const HEADER_ONLY = new Set(['frame-ancestors']);

const serialize = (names: readonly string[]): string =>
  names.map((name) => `${name} ${(CSP_DIRECTIVES[name] ?? []).join(' ')}`).join('; ');

export const APP_CSP = serialize(Object.keys(CSP_DIRECTIVES));
export const APP_CSP_META = serialize(Object.keys(CSP_DIRECTIVES).filter((name) => !HEADER_ONLY.has(name)));
