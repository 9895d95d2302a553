import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type Page } from '@playwright/test';
import { POST_EDITABLE_MARK } from '../renderer/lib/performanceMarks';

const kanalBin = resolve('bin/kanal.mjs');

export interface Served {
  url: string;
  host: ChildProcess;
}

// `kanal serve` on a library; resolves with the address it prints.
export async function serve(dataFile: string): Promise<Served> {
  const host = spawn(process.execPath, [kanalBin, 'serve', '--port', '0', '--data', dataFile], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  if (!host.stdout) throw new Error('kanal serve has no output');
  const lines = createInterface({ input: host.stdout });
  const url = await new Promise<string>((done, fail) => {
    lines.once('line', done);
    host.once('exit', (code) => fail(new Error(`kanal serve ended with ${code}`)));
  });
  return { url: url.trim(), host };
}

// Stops hosts and waits until each has exited, so its last writes are done before its library folder is removed.
export async function stopHosts(hosts: ChildProcess[]): Promise<void> {
  await Promise.all(
    hosts.map(
      (host) =>
        new Promise<void>((done) => {
          if (host.exitCode !== null || host.signalCode !== null) return done();
          host.once('exit', () => done());
          host.kill();
        }),
    ),
  );
}

// Opens the app and its newest post, and waits until that post is editable (the page's own mark says so).
export async function openNewestPost(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('listbox', { name: 'Posts' }).getByRole('option').first().click();
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, POST_EDITABLE_MARK);
}

// The Chromium the end-to-end tests use.
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env['KANAL_CHROMIUM'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });

// The page's JavaScript heap after a garbage collection, in megabytes.
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN) / 1e6;
}
