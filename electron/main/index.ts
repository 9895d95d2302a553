import { app, dialog, powerMonitor, type BrowserWindow } from 'electron';
import { resolveDataFile } from '../core/defaultDataFile';
import { loadHeavyModulesAhead } from '../core/heavyModules';
import { readImage } from '../core/images/readImages';
import { runImportsInWorker } from '../core/import/worker/runImportsIn';
import { openKanal, type Kanal } from '../core/openKanal';
import { buildMenu } from './buildMenu';
import { setupContextMenu } from './contextMenu';
import { createCloseGate } from './closeGate';
import { createMainWindow } from './createMainWindow';
import { dataFileArgument } from './dataFileArgument';
import { desktopTransport } from './desktopTransport';
import { hardenSessions } from './hardenSessions';
import type { UiLanguage } from './menuLabels';
import { followUiLanguage } from './menuLanguage';
import { registerIpc } from './registerIpc';
import { setupSaveBeforeQuit } from './saveBeforeQuit';
import { registerAppScheme, rendererFolder, serveRenderer } from './serveRenderer';
import { setupSpellcheck } from './setupSpellcheck';

// Imports parse in the worker the build puts beside this script, so the window is answered while they run.
runImportsInWorker(new URL('./importWorker.js', import.meta.url));

let mainWindow: BrowserWindow | null = null;
let kanal: Kanal | null = null;
let spellcheck = false;
let guardSessionEnd: (window: BrowserWindow) => void = () => undefined;
const currentWindow = () => mainWindow;
const closeGate = createCloseGate();
const showMenu = (language: UiLanguage) => buildMenu(currentWindow, language);

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
  return openKanal(dataFile, {
    transport: (services) => {
      followUiLanguage(services.settings, showMenu);
      return desktopTransport(services, currentWindow, closeGate);
    },
  });
}

function setupWindow(): void {
  mainWindow = createMainWindow({ spellcheck });
  closeGate.guard(mainWindow);
  guardSessionEnd(mainWindow);
  setupContextMenu(mainWindow);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSessions();
  serveRenderer(rendererFolder(), (name) => (kanal ? readImage(kanal.library.dataFile, name) : Promise.resolve(null)));
  spellcheck = setupSpellcheck();
  try {
    kanal = await setupLibrary();
  } catch (error) {
    dialog.showErrorBox('Kanal cannot open its library', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  registerIpc(kanal.handlers, currentWindow);
  ({ guardSessionEnd } = setupSaveBeforeQuit({
    app,
    powerMonitor,
    platform: process.platform,
    currentWindow,
    closeGate,
  }));
  showMenu(kanal.library.data.settings.uiLanguage);
  setupWindow();
  void loadHeavyModulesAhead();
  app.on('activate', () => {
    if (!mainWindow) setupWindow();
  });
}

if (setupSingleInstance()) {
  registerAppScheme();
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
