import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { dompurifyPayloads, h5scVectors } from '../../tests/corpus/xssCorpus';
import { expect, test } from '../fixtures';
import { guard, liveMarkup, type Guards } from '../guards';
import { openQueue, queueList } from '../replyHelpers';
import { corpus } from './corpus';

// Every payload of the XSS corpora as a reader's comment (its text, its author's name and address), shown in the
// reply queue and in search results (xss.spec.ts covers the thread view and the editor): nothing may run, load or
// stay live; the same once the payloads are written straight into the stored thread files, past the sanitizer.

const PER_THREAD = 25;
// A tall window: fewer scroll steps to see every row of the virtual lists.
test.use({ viewport: { width: 1280, height: 2400 } });
const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'java\tscript:alert(1)',
];

// XML cannot carry control characters or lone surrogates at all, CDATA or not: a real export never holds them.
/* eslint-disable no-control-regex -- these control characters are exactly what XML forbids */
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */
const xmlChars = (text: string): string => text.replace(XML_FORBIDDEN, '');
const cdata = (text: string): string => `<![CDATA[${xmlChars(text).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
const marker = (n: number): string => `ord${n}x`;
// A minute apart, in the payloads' order.
const commentDate = (n: number): string =>
  new Date(Date.UTC(2021, 1, 3, 10) + n * 60_000).toISOString().slice(0, 19).replace('T', ' ');

function hostileWxr(payloads: string[]): string {
  const items: string[] = [];
  for (let start = 0; start < payloads.length; start += PER_THREAD) {
    const post = start / PER_THREAD + 1;
    const comments = payloads.slice(start, start + PER_THREAD).map((payload, i) => {
      const n = start + i;
      return `<wp:comment><wp:comment_id>${n + 1}</wp:comment_id>
<wp:comment_author>${cdata(payload.slice(0, 200))}</wp:comment_author>
<wp:comment_author_url>${cdata(HOSTILE_URLS[n % HOSTILE_URLS.length] ?? '')}</wp:comment_author_url>
<wp:comment_date_gmt>${commentDate(n)}</wp:comment_date_gmt>
<wp:comment_content>${cdata(`${marker(n)} ${payload}`)}</wp:comment_content>
<wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>`;
    });
    items.push(`<item><title>Fientlig ${post}</title><link>https://blog.example/fientlig-${post}/</link>
<guid isPermaLink="false">fientlig-${post}</guid><content:encoded>${cdata('<p>Inlägg</p>')}</content:encoded>
<wp:post_id>${post}</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
${comments.join('\n')}
</item>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Fientlig blogg</title><wp:wxr_version>1.2</wp:wxr_version>
${items.join('\n')}
</channel></rss>`;
}

// The markers of the comments drawn in the page now.
const shownMarkers = (): string[] =>
  [...(document.querySelector('#root')?.textContent ?? '').matchAll(/ord\d+x/g)].map((m) => m[0]);

// Scrolls a virtual list from top to bottom, checking the page at every step; returns the markers it saw.
async function scanList(page: Page, list: Locator): Promise<Set<string>> {
  const seen = new Set<string>();
  await list.evaluate((element) => element.scrollTo({ top: 0 }));
  for (let step = 0; step < 400; step += 1) {
    let previous = '';
    for (let tries = 0; tries < 40; tries += 1) {
      const now = (await page.evaluate(shownMarkers)).join(' ');
      if (now && now === previous) break;
      previous = now;
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    }
    previous.split(' ').forEach((m) => m && seen.add(m));
    expect(await liveMarkup(page)).toEqual([]);
    const atEnd = await list.evaluate((element) => {
      const before = element.scrollTop;
      element.scrollBy({ top: element.clientHeight * 0.8 });
      return element.scrollTop === before;
    });
    if (atEnd) break;
  }
  return seen;
}

const everyMarker = (count: number): string[] => Array.from({ length: count }, (_, n) => marker(n));

async function checkQueueAndSearch(page: Page, count: number, guards: Guards): Promise<void> {
  // The reply queue: every comment waits.
  await openQueue(page);
  const queued = await scanList(page, queueList(page));
  expect([...queued].sort()).toEqual(everyMarker(count).sort());

  // Search results for the words the payloads are made of.
  const box = page.getByRole('combobox', { name: 'Search' });
  for (const query of ['alert', 'script', 'onerror', 'javascript', 'img', 'svg', 'iframe', 'ord1x']) {
    await box.fill(query);
    const results = page.getByRole('listbox', { name: 'Search results' });
    await expect(results).toBeVisible();
    await expect(results).not.toHaveAttribute('aria-busy', 'true');
    expect(await liveMarkup(page)).toEqual([]);
  }
  await box.fill('');
  expect(guards.executed).toEqual([]);
  expect(guards.outside).toEqual([]);
}

// Writes the raw payloads over the sanitized comments in every stored thread file.
function plantRawPayloads(dataFile: string, payloads: string[]): void {
  const folder = join(dirname(dataFile), 'kanal.threads');
  for (const name of readdirSync(folder)) {
    const file = join(folder, name);
    const body = JSON.parse(readFileSync(file, 'utf8')) as {
      comments: { html: string; text: string; author: { name: string; url: string | null } }[];
    };
    for (const comment of body.comments) {
      const n = Number(/ord(\d+)x/.exec(comment.text)?.[1]);
      const payload = payloads[n] ?? '';
      comment.html = `<p>${marker(n)}</p>${payload}`;
      comment.author = { name: payload.slice(0, 200), url: HOSTILE_URLS[n % HOSTILE_URLS.length] ?? null };
    }
    writeFileSync(file, JSON.stringify(body));
  }
}

test('every corpus payload as a comment is shown inert in the queue and in search, also when written straight into the files', async ({
  app,
}) => {
  test.setTimeout(600_000);
  const payloads = [...h5scVectors(corpus), ...(await dompurifyPayloads(corpus))].map((sample) => sample.html);
  const file = join(dirname(app.dataFile), 'hostile-corpus.xml');
  writeFileSync(file, hostileWxr(payloads));
  let page = app.page;
  let guards = await guard(page.context(), page);
  await page.reload();
  await page.getByRole('button', { name: 'Import comments', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import comments' });
  await dialog.locator('input[type=file]').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: /threads? imported/ })).toBeVisible({ timeout: 120_000 });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await checkQueueAndSearch(page, payloads.length, guards);

  page = await app.restart(() => plantRawPayloads(app.dataFile, payloads));
  guards = await guard(page.context(), page);
  await page.reload();
  await checkQueueAndSearch(page, payloads.length, guards);
});
