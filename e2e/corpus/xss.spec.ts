import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import type { HostileSample } from '../../tests/fixtures/hostile/hostileMarkup';
import { dompurifyPayloads, h5scVectors } from '../../tests/corpus/xssCorpus';
import { expect, test } from '../fixtures';
import { guard } from '../guards';
import { bodyMarker, carriedByXml, hostileWxr, readRoot, TITLE_MARKER, writePayloadsIntoStore } from './hostileLibrary';
import { showEverywhere, type ShownCounts } from './inertViews';
import { corpus } from './corpus';

// Every payload of the DOMPurify and H5SC collections as a post's title and body, a reader's comment, its author's
// name and web address: imported, then written straight into the stored files, and each time shown in the thread
// view, the reply queue, search results, the post list and the editor. Nothing may run, nothing may be requested
// from outside, and nothing live may be in the page.

// Addresses that browsers have run as script, for the authors' links beside the corpora's markup.
const HOSTILE_URLS: HostileSample[] = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'java\tscript:alert(1)',
].map((html, i) => ({ name: `hostile url #${i + 1}`, html }));

const PAYLOADS: HostileSample[] = [...(await dompurifyPayloads(corpus)), ...h5scVectors(corpus), ...HOSTILE_URLS];
// One library per worker: the payloads in halves.
const LIBRARIES = 2;
const PER_LIBRARY = Math.ceil(PAYLOADS.length / LIBRARIES);
const libraries = Array.from({ length: LIBRARIES }, (_, i) => PAYLOADS.slice(i * PER_LIBRARY, (i + 1) * PER_LIBRARY));

// A tall window: fewer screens to see every row of the virtual lists.
test.use({ viewport: { width: 1280, height: 2400 } });

async function importPayloads(page: Page, dataFile: string, payloads: string[]): Promise<void> {
  const file = join(dirname(dataFile), 'hostile-corpus.xml');
  writeFileSync(file, hostileWxr(payloads));
  await page.getByRole('button', { name: 'Import comments', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import comments' });
  await dialog.locator('input[type=file]').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: /threads? imported/ })).toBeVisible({ timeout: 120_000 });
  await dialog.getByRole('button', { name: 'Done' }).click();
}

// The imported posts, each opened by the marker its body starts with.
const importedBodies = (dataFile: string) =>
  readRoot(dataFile).posts.map((post) => ({
    postId: post.id,
    marker: bodyMarker(Number(TITLE_MARKER.exec(post.title)?.[1])),
  }));

const describe = (counts: ShownCounts): string =>
  `${counts.threadsListed} threads listed, ${counts.threadsOpened} opened with ${counts.commentsInThreads} comments, ` +
  `${counts.commentsInQueue} in the queue, ${counts.searches} searches, ${counts.postsListed} posts listed, ` +
  `${counts.bodiesInEditor} bodies in the editor (seconds: ${JSON.stringify(counts.seconds)})`;

test.describe.configure({ mode: 'parallel' });

libraries.forEach((samples, library) => {
  const first = library * PER_LIBRARY + 1;
  const last = first + samples.length - 1;
  test(`payloads ${first}–${last}: imported, then written into the stored files, run nowhere`, async ({ app }) => {
    test.setTimeout(600_000);
    const payloads = samples.map((sample) => sample.html);
    let page = app.page;
    let guards = await guard(page.context(), page);
    await page.reload();
    await importPayloads(page, app.dataFile, payloads);
    const imported = await showEverywhere(page, guards, app.dataFile, payloads.length, importedBodies(app.dataFile));
    expect(imported.postsListed).toBe(payloads.length);
    const cut = payloads.filter((payload) => !carriedByXml(payload)).length;
    console.log(
      `xss corpus ${first}–${last}: ${payloads.length} imported (${cut} without the characters XML cannot carry): ${describe(imported)}`,
    );

    let bodies: { postId: string; marker: string }[] = [];
    page = await app.restart(() => {
      bodies = writePayloadsIntoStore(app.dataFile, payloads).bodies;
    });
    guards = await guard(page.context(), page);
    await page.reload();
    const planted = await showEverywhere(page, guards, app.dataFile, payloads.length, bodies);
    expect(planted.postsListed).toBe(payloads.length);
    console.log(`xss corpus ${first}–${last}: ${payloads.length} written into the stored files: ${describe(planted)}`);
  });
});
