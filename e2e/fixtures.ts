import {
  test as base,
  expect,
  _electron as electron,
  type Browser,
  type Page,
  type ElectronApplication,
} from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { detectAppMode, type AppMode } from './appMode';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
// The import files written for the tests; the external corpora are e2e/corpus's business.
export const importFixtures = join(projectRoot, 'tests', 'fixtures', 'import');

export interface KanalApp {
  page: Page;
  mode: AppMode;
  dataFile: string;
  // Closes the app the way an author would and opens it again on the same data file; `whileClosed` runs in between.
  restart(whileClosed?: () => void | Promise<void>): Promise<Page>;
  // Runs `trigger` (a click on an export action) and returns the exported file's text, however the mode saves it.
  exportedText(trigger: () => Promise<void>): Promise<string>;
  // Moves Kanal's clock forward, for rules that wait for minutes to pass.
  advanceClock(ms: number): void;
}

interface Running {
  page: Page;
  // `lastSave`: the closed tab's last save is let arrive, for a restart that reads it; a test's end needs none.
  stop(lastSave: boolean): Promise<void>;
  exportedText(trigger: () => Promise<void>): Promise<string>;
}

// Kanal's clock runs ahead of the system's by what this file beside the data file says (KANAL_TEST_CLOCK_FILE).
const clockFileOf = (dataFile: string): string => join(dirname(dataFile), 'clock-ahead-ms');
const testEnv = (dataFile: string) => ({
  ...process.env,
  KANAL_TEST: '1',
  KANAL_TEST_CLOCK_FILE: clockFileOf(dataFile),
});

async function startBrowserMode(browser: Browser, dataFile: string): Promise<Running> {
  const host = spawn(
    process.execPath,
    [join(projectRoot, 'bin', 'kanal.mjs'), 'serve', '--port', '0', '--data', dataFile],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: testEnv(dataFile),
    },
  );
  // The tab opens while the host starts: neither waits for the other.
  const [url, page] = await Promise.all([firstLine(host), browser.newContext().then((opened) => opened.newPage())]);
  const context = page.context();
  await page.goto(url);
  return {
    page,
    async exportedText(trigger) {
      const download = page.waitForEvent('download');
      await trigger();
      return readFile(await (await download).path(), 'utf8');
    },
    async stop(lastSave) {
      // Closing the tab runs pagehide, which sends the last save; give it a moment to arrive.
      await context.close({ reason: 'restart' });
      if (lastSave) await new Promise((r) => setTimeout(r, 300));
      await stopProcess(host);
    },
  };
}

async function startElectron(dataFile: string): Promise<Running> {
  const app: ElectronApplication = await electron.launch({
    args: [join(projectRoot, 'out', 'main', 'index.js'), '--data', dataFile],
    cwd: projectRoot,
    env: testEnv(dataFile),
  });
  const page = await app.firstWindow();
  return {
    page,
    async exportedText(trigger) {
      // The save dialog is native; answer it from the main process with a file beside the data file.
      const target = join(dirname(dataFile), `export-${Date.now()}.html`);
      await app.evaluate(({ dialog }, filePath) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
      }, target);
      await trigger();
      await expect.poll(() => readFile(target, 'utf8').catch(() => '')).not.toBe('');
      return readFile(target, 'utf8');
    },
    stop: () => app.close(),
  };
}

export function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!child.stdout) return reject(new Error('kanal serve has no stdout'));
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => resolve(line.trim()));
    child.once('exit', (code) => reject(new Error(`kanal serve exited with ${code} before printing its URL`)));
  });
}

export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export const test = base.extend<{ app: KanalApp }>({
  app: async ({ browser }, use, testInfo) => {
    const mode = detectAppMode(projectRoot);
    const folder = mkdtempSync(join(tmpdir(), 'kanal-e2e-'));
    const dataFile = join(folder, 'kanal.json');
    const start = () => (mode === 'electron' ? startElectron(dataFile) : startBrowserMode(browser, dataFile));
    let running = await start();
    let ahead = 0;
    const app: KanalApp = {
      mode,
      dataFile,
      get page() {
        return running.page;
      },
      exportedText: (trigger) => running.exportedText(trigger),
      advanceClock(ms) {
        ahead += ms;
        writeFileSync(clockFileOf(dataFile), String(ahead));
      },
      async restart(whileClosed) {
        await running.stop(true);
        await whileClosed?.();
        running = await start();
        return running.page;
      },
    };
    testInfo.annotations.push({ type: 'mode', description: mode });
    try {
      await use(app);
    } finally {
      await running.stop(false).catch(() => undefined);
      rmSync(folder, { recursive: true, force: true });
    }
  },
});

export { expect };
