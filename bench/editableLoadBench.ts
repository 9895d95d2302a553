import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions } from '@playwright/test';
import { POST_EDITABLE_MARK } from '../renderer/lib/performanceMarks';
import { launchChromium, serve, type Served, stopHosts, openNewestPost } from './browser';
import { generateLibrary, type LibrarySize } from './data/library';
import { absolute, median, type Figure } from './figure';
import type { BenchSizes } from './sizes';

type Storage = NonNullable<BrowserContextOptions['storageState']>;

// Opens the newest post once, so the app remembers it and every measured load opens straight into it.
async function rememberAPost(browser: Browser, url: string): Promise<Storage> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await openNewestPost(page, url);
    return await context.storageState();
  } finally {
    await context.close();
  }
}

// Milliseconds from the start of navigation to the remembered post's editor being editable with its text.
async function loadToEditable(browser: Browser, url: string, storageState: Storage): Promise<number> {
  const context = await browser.newContext({ storageState });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const handle = await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark)[0]?.startTime,
      POST_EDITABLE_MARK,
      { timeout: 120_000 },
    );
    return (await handle.jsonValue()) ?? NaN;
  } finally {
    await context.close();
  }
}

// Milliseconds from the start of navigation to the end of the load event of a page the host does not have.
async function loadNotFound(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(new URL('/no-such-page', url).href, { waitUntil: 'load' });
    return await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return navigation?.loadEventEnd ?? NaN;
    });
  } finally {
    await context.close();
  }
}

async function measureLibrary(browser: Browser, served: Served, runs: number) {
  const storage = await rememberAPost(browser, served.url);
  await loadToEditable(browser, served.url, storage);
  await loadNotFound(browser, served.url);
  const editable: number[] = [];
  const notFound: number[] = [];
  // Paired: a load of the app and one of the 404 page alternate, so a machine that slows down slows both alike.
  for (let run = 0; run < runs; run++) {
    editable.push(await loadToEditable(browser, served.url, storage));
    notFound.push(await loadNotFound(browser, served.url));
  }
  return { editable, notFound };
}

const sizeName = (size: LibrarySize): string =>
  `${size.posts.toLocaleString('en')}-post, ${size.comments.toLocaleString('en')}-comment library`;

// Browser mode: page load to an editable post with the library and with the 10× library, each against a 404 page
// loaded from the same host in the same run.
export async function editableLoadBench(sizes: BenchSizes): Promise<Figure[]> {
  const folder = mkdtempSync(join(tmpdir(), 'kanal-bench-editable-'));
  const hosts: ChildProcess[] = [];
  const browser = await launchChromium();
  try {
    const figures: Figure[] = [];
    for (const [name, size] of [
      ['library', sizes.library],
      ['big', sizes.bigLibrary],
    ] as const) {
      const dataFile = join(folder, name, 'kanal.json');
      await generateLibrary(dataFile, size);
      const served = await serve(dataFile);
      hosts.push(served.host);
      const { editable, notFound } = await measureLibrary(browser, served, sizes.runs);
      const more = editable.map((ms) => ms - median(notFound));
      const label = `browser mode, page load to an editable post, ${sizeName(size)}`;
      figures.push(absolute(`${label}, more than a 404 page (${median(notFound).toFixed(0)} ms)`, 'ms', more, 600));
      await stopHosts([served.host]);
    }
    return figures;
  } finally {
    await browser.close();
    await stopHosts(hosts);
    rmSync(folder, { recursive: true, force: true });
  }
}
