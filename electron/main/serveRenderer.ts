import { join } from 'node:path';
import { protocol } from 'electron';
import { APP_SCHEME } from './appScheme';
import { rendererFileHandler, type ImageReader } from './rendererFiles';

// The built renderer beside the main bundle (out/renderer, inside app.asar when packaged).
export const rendererFolder = (): string => join(import.meta.dirname, '../renderer');

// Before ready: app:// is a standard, secure scheme (its own origin, a secure context); module scripts load through fetch.
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

// After ready: app:// answers with the built renderer's files and the library's pictures, nothing else.
export function serveRenderer(folder: string = rendererFolder(), readImage?: ImageReader): void {
  protocol.handle(APP_SCHEME, rendererFileHandler(folder, readImage));
}
