import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { build } from 'esbuild';
import { postFilePath, postsFolderOf } from '../electron/core/store/postFiles';
import { launchChromium, serve, stopHosts, openNewestPost } from './browser';
import { generateLibrary } from './data/library';
import { absolute, relative, type Figure } from './figure';
import type { BenchSizes } from './sizes';

const WORDS_PER_PARAGRAPH = 45;

// Each keystroke's time in the page, from the key event to the end of the frame that shows it (a task queued from
// that frame's animation callback runs once it is drawn).
function installKeyTimer(): void {
  const times: number[] = [];
  Object.assign(window, { keyTimes: times });
  window.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        const drawn = new MessageChannel();
        drawn.port1.onmessage = () => times.push(performance.now() - start);
        drawn.port2.postMessage(null);
      });
    },
    { capture: true },
  );
}

const keyTimes = (page: Page): Promise<number[]> =>
  page.evaluate(() => (window as unknown as { keyTimes: number[] }).keyTimes);

// Types `keys` letters at the end of the focused editor, one at a time, each after the previous one is drawn.
async function typeAtEnd(page: Page, editor: string, keys: number): Promise<number[]> {
  await page.locator(editor).click();
  await page.keyboard.press('Control+End');
  await page.evaluate(installKeyTimer);
  const text = 'kanal och lasare skriver ';
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press(text[i % text.length] ?? 'a');
    await page.waitForFunction(
      (count) => (window as unknown as { keyTimes: number[] }).keyTimes.length >= count,
      i + 1,
    );
  }
  return keyTimes(page);
}

const p95 = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? NaN;
};

// The post opened in Kanal, typed into at its end.
async function typeInKanal(browser: Browser, url: string, keys: number): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await openNewestPost(page, url);
    return p95(await typeAtEnd(page, '.post-body', keys));
  } finally {
    await context.close();
  }
}

// The same document in a bare TipTap StarterKit editor, typed into the same way.
async function typeInBare(browser: Browser, page: string, doc: unknown, keys: number): Promise<number> {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.goto(page);
    await tab.evaluate(
      (content) => (window as unknown as { startBareEditor: (d: unknown) => void }).startBareEditor(content),
      doc,
    );
    return p95(await typeAtEnd(tab, '.ProseMirror', keys));
  } finally {
    await context.close();
  }
}

// A page with nothing but the bare editor, bundled from node_modules.
async function bareEditorPage(folder: string): Promise<string> {
  const bundled = await build({
    entryPoints: [resolve('bench/bare/bareEditor.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    logLevel: 'warning',
  });
  const script = bundled.outputFiles[0]?.text ?? '';
  const file = join(folder, 'bare.html');
  writeFileSync(file, `<!doctype html><meta charset="utf-8"><div id="editor"></div><script>${script}</script>`);
  return pathToFileURL(file).href;
}

// Typing at the end of a 20,000-word post (5,000 for --quick): p95 per keystroke, against bare TipTap in the same run.
export async function typingBench(sizes: BenchSizes): Promise<Figure[]> {
  const words = sizes.quick ? 5_000 : 20_000;
  const keys = sizes.quick ? 40 : 100;
  const folder = mkdtempSync(join(tmpdir(), 'kanal-bench-typing-'));
  const hosts: ChildProcess[] = [];
  const browser = await launchChromium();
  try {
    const dataFile = join(folder, 'library', 'kanal.json');
    await generateLibrary(dataFile, { posts: 1, comments: 0, paragraphs: Math.ceil(words / WORDS_PER_PARAGRAPH) });
    const body = JSON.parse(readFileSync(postFilePath(postsFolderOf(dataFile), 'p0'), 'utf8')) as { doc: unknown };
    const served = await serve(dataFile);
    hosts.push(served.host);
    const bare = await bareEditorPage(folder);
    const values: number[] = [];
    const baseline: number[] = [];
    // Paired: Kanal and the bare editor alternate, so a machine that slows down slows both alike.
    for (let run = 0; run < sizes.runs; run++) {
      values.push(await typeInKanal(browser, served.url, keys));
      baseline.push(await typeInBare(browser, bare, body.doc, keys));
    }
    const name = `typing at the end of a ${words.toLocaleString('en')}-word post, p95 per keystroke`;
    return [relative(`${name} (vs bare TipTap StarterKit)`, values, baseline, 1.5), absolute(name, 'ms', values, 8)];
  } finally {
    await browser.close();
    await stopHosts(hosts);
    rmSync(folder, { recursive: true, force: true });
  }
}
