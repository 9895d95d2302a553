import { defineConfig } from '@playwright/test';
import { detectAppMode } from './e2e/appMode';

const mode = detectAppMode(process.cwd());
// Playwright loads this file in the runner and again in each worker (which has TEST_WORKER_INDEX): the runner alone says it.
if (process.env.TEST_WORKER_INDEX === undefined) {
  console.log(
    mode === 'electron'
      ? 'e2e: running against the Electron app'
      : 'e2e: running against browser mode (the Electron binary is not installed here) in Chromium',
  );
}

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // The specs on the external corpora run in `npm run test:corpus` (playwright.corpus.config.ts).
  testIgnore: 'corpus/**',
  fullyParallel: false,
  workers: 2,
  // One retry absorbs a slow machine's timing; a spec that needed it is reported as flaky in the run.
  retries: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  projects: [
    {
      name: mode,
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: process.env.KANAL_CHROMIUM ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
        acceptDownloads: true,
        trace: 'retain-on-failure',
      },
    },
  ],
});
