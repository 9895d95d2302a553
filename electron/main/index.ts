import { app, dialog, type BrowserWindow } from 'electron';
import { resolveDataFile } from '../core/defaultDataFile';
import { openKanal, type Kanal } from '../core/openKanal';
import { buildMenu } from './buildMenu';
import { createMainWindow } from './createMainWindow';
import { dataFileArgument } from './dataFileArgument';
import { desktopTransport } from './desktopTransport';
import { flushBeforeClose } from './flushBeforeClose';
import { hardenSessions } from './hardenSessions';
import { registerIpc } from './registerIpc';
import { setupSpellcheck } from './setupSpellcheck';

let mainWindow: BrowserWindow | null = null;
let kanal: Kanal | null = null;
let spellcheck = false;
const currentWindow = () => mainWindow;

function setupSingleInstance(): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  return true;
}

async function setupLibrary(): Promise<Kanal> {
  const dataFile = resolveDataFile(dataFileArgument(process.argv), process.env, app.getPath('userData'));
  const library = () => {
    if (!kanal) throw new Error('The library is not open yet.');
    return kanal.library;
  };
  return openKanal(dataFile, { transport: desktopTransport(library, currentWindow) });
}

function setupWindow(): void {
  mainWindow = createMainWindow({ spellcheck });
  flushBeforeClose(mainWindow);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSessions();
  spellcheck = setupSpellcheck();
  try {
    kanal = await setupLibrary();
  } catch (error) {
    dialog.showErrorBox('Kanal cannot open its library', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  registerIpc(kanal.handlers, currentWindow);
  buildMenu(currentWindow);
  setupWindow();
  app.on('activate', () => {
    if (!mainWindow) setupWindow();
  });
}

if (setupSingleInstance()) {
  app.on('window-all-closed', () => app.quit());
  // Let the last save reach the disk and release the library's lock before the process ends.
  app.on('will-quit', (event) => {
    const open = kanal;
    if (!open) return;
    event.preventDefault();
    kanal = null;
    void open.close().finally(() => app.quit());
  });
  void start();
} else {
  app.quit();
}
