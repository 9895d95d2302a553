import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { answerBenchLibrary } from './answerBench';
import { heapMb, launchChromium, serve, stopHosts } from './browser';
import { absolute, relative, type Figure } from './figure';
import type { BenchSizes } from './sizes';

// Measured inside the page: from the click on "Needs reply" to the frame after the first entry is in the page.
const firstPaintMs = (page: Page): Promise<number> =>
  page.evaluate(
    () =>
      new Promise<number>((done) => {
        const tab = [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find((element) =>
          element.textContent.startsWith('Needs reply'),
        );
        if (!tab) throw new Error('no "Needs reply" tab');
        const start = performance.now();
        const drawn = () => requestAnimationFrame(() => done(performance.now() - start));
        const watch = new MutationObserver(() => {
          if (!document.querySelector('.queue-entry')) return;
          watch.disconnect();
          drawn();
        });
        watch.observe(document.body, { childList: true, subtree: true });
        tab.click();
      }),
  );

async function openQueue(browser: Browser, url: string): Promise<{ ms: number; heap: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('tab', { name: /^Needs reply/ }).waitFor();
    const ms = await firstPaintMs(page);
    return { ms, heap: await heapMb(page) };
  } finally {
    await context.close();
  }
}

// The reply queue opened on one thread of 10,000 comments (2,000 for --quick) against one of 10, in Chromium.
export async function queuePaintBench(sizes: BenchSizes): Promise<Figure[]> {
  const long = sizes.quick ? 2_000 : 10_000;
  const folder = mkdtempSync(join(tmpdir(), 'kanal-bench-queue-'));
  const hosts: ChildProcess[] = [];
  const browser = await launchChromium();
  try {
    const libraries = [long, 10].map((comments) => join(folder, `${comments}`, 'kanal.json'));
    await answerBenchLibrary(libraries[0] ?? '', { threads: 1, commentsPerThread: long });
    await answerBenchLibrary(libraries[1] ?? '', { threads: 1, commentsPerThread: 10 });
    const [big, small] = await Promise.all(libraries.map(serve));
    if (!big || !small) throw new Error('a host did not start');
    hosts.push(big.host, small.host);
    // Paired: the long thread and the short one alternate, so a machine that slows down slows both alike.
    await openQueue(browser, big.url);
    await openQueue(browser, small.url);
    const values: number[] = [];
    const baseline: number[] = [];
    const heaps: number[] = [];
    for (let run = 0; run < sizes.runs; run++) {
      const measured = await openQueue(browser, big.url);
      values.push(measured.ms);
      heaps.push(measured.heap);
      baseline.push((await openQueue(browser, small.url)).ms);
    }
    const name = `reply queue, first paint of a ${long.toLocaleString('en')}-comment thread`;
    return [
      relative(`${name} (vs a 10-comment thread)`, values, baseline, null),
      absolute(name, 'ms', values, 300),
      absolute(`${name}, JS heap`, 'MB', heaps, 150),
    ];
  } finally {
    await browser.close();
    await stopHosts(hosts);
    rmSync(folder, { recursive: true, force: true });
  }
}
