// The renderer's own origin: a standard, secure scheme of its own instead of file://, which would give the page
// every file on the disk as its origin.
export const APP_SCHEME = 'app';
export const APP_HOST = 'kanal';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
