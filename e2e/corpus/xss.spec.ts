import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import type { HostileSample } from '../../tests/fixtures/hostile/hostileMarkup';
import { dompurifyPayloads, h5scVectors } from '../../tests/corpus/xssCorpus';
import { expect, test } from '../fixtures';
import { guard, liveMarkup, type Guards } from '../guards';
import { corpus } from './corpus';

// Every payload of the DOMPurify and H5SC collections as a comment, its author's name and web address, a post's
// title and body: imported, then written straight into the stored files, and each time shown in the thread view and
// the editor. Nothing may run, nothing may be requested from outside, and nothing live may be in the page.

const PAYLOADS: HostileSample[] = [...(await dompurifyPayloads(corpus)), ...h5scVectors(corpus)];
const CHUNK = 40;
const chunks = Array.from({ length: Math.ceil(PAYLOADS.length / CHUNK) }, (_, i) =>
  PAYLOADS.slice(i * CHUNK, (i + 1) * CHUNK),
);

// XML 1.0 cannot carry these characters at all, so no real export holds them; such payloads reach Kanal only
// through its stored files, and are tested there.
const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const cdata = (text: string): string => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

function wxrOf(samples: HostileSample[]): string {
  const items = samples.map(
    ({ html }, i) => `<item><title>${cdata(html)}</title><link>https://blog.example/p${i}/</link>
<guid isPermaLink="false">xss-${i}</guid><content:encoded>${cdata(html)}</content:encoded>
<wp:post_id>${i + 1}</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
<wp:comment><wp:comment_id>${i + 1}</wp:comment_id><wp:comment_author>${cdata(html)}</wp:comment_author>
<wp:comment_author_url>${cdata(html)}</wp:comment_author_url>
<wp:comment_date_gmt>2020-01-01 10:00:00</wp:comment_date_gmt><wp:comment_content>${cdata(html)}</wp:comment_content>
<wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>XSS corpus</title><wp:wxr_version>1.2</wp:wxr_version>
${items.join('\n')}
</channel></rss>`;
}

interface StoredRoot {
  posts: { id: string; title: string }[];
  threads: { id: string; rev: number; title: string; url: string | null }[];
}
interface StoredBody {
  comments: { html: string; text: string; author: { name: string; url?: string } }[];
}

// What a hand-edited library, a sync conflict or an older Kanal may hold: every field a payload, links included.
function writePayloadsIntoStore(dataFile: string, samples: HostileSample[]): void {
  const root = JSON.parse(readFileSync(dataFile, 'utf8')) as StoredRoot;
  const payload = (i: number): string => samples[i % samples.length]?.html ?? '';
  // Imported posts with the same title became one post: each post's body holds every payload whose turn it is.
  const postsFolder = join(dirname(dataFile), 'kanal.posts');
  root.posts.forEach((post, i) => {
    post.title = payload(i);
    const mine = samples.filter((_, j) => j % root.posts.length === i).map((sample) => sample.html);
    const file = join(postsFolder, `${post.id}.json`);
    const body = JSON.parse(readFileSync(file, 'utf8')) as { doc: unknown };
    body.doc = {
      type: 'doc',
      content: mine.flatMap((html) => [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: html, marks: [{ type: 'link', attrs: { href: html } }] }],
        },
        { type: 'iframe', attrs: { src: html }, content: [{ type: 'text', text: html }] },
        { type: 'paragraph', attrs: { onclick: html }, content: [{ type: 'text', text: 'after' }] },
      ]),
    };
    writeFileSync(file, JSON.stringify(body));
  });
  const threads = join(dirname(dataFile), 'kanal.threads');
  root.threads.forEach((thread, i) => {
    thread.title = payload(i);
    thread.url = payload(i);
    const file = join(threads, `${thread.id}.${thread.rev}.json`);
    const body = JSON.parse(readFileSync(file, 'utf8')) as StoredBody;
    for (const comment of body.comments) {
      comment.html = payload(i);
      comment.text = payload(i);
      comment.author = { name: payload(i), url: payload(i) };
    }
    writeFileSync(file, JSON.stringify(body));
  });
  writeFileSync(dataFile, JSON.stringify(root));
}

async function importPayloads(page: Page, samples: HostileSample[], chunk: number): Promise<void> {
  const file = join(tmpdir(), `kanal-e2e-xss-${process.pid}-${chunk}.xml`);
  writeFileSync(file, wxrOf(samples));
  await page.getByRole('button', { name: 'Import comments', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import comments' });
  await dialog.locator('input[type=file]').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: /threads? imported/ })).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Done' }).click();
}

// Opens every thread, then every post in the editor, and after each view checks that nothing ran or is live.
async function showEverything(page: Page, guards: Guards, threads: number): Promise<void> {
  const check = async (view: string) => {
    expect(await liveMarkup(page, '.workspace'), `live markup in ${view}`).toEqual([]);
    expect(guards.executed, `script ran in ${view}`).toEqual([]);
    expect(guards.outside, `request left the machine from ${view}`).toEqual([]);
  };
  await page.getByRole('tab', { name: /^Comments/ }).click();
  const threadButtons = page.getByRole('complementary').locator('button[aria-labelledby^="thread-title-"]');
  await expect(threadButtons).toHaveCount(threads);
  for (let i = 0; i < threads; i += 1) {
    await threadButtons.nth(i).click();
    await expect(threadButtons.nth(i)).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('.thread-view article').first()).toBeVisible();
    await check(`thread ${i + 1}`);
  }
  await page.getByRole('tab', { name: /^Posts/ }).click();
  const postButtons = page.getByRole('listbox', { name: 'Posts', exact: true }).getByRole('option');
  // Imported posts whose titles clean up to the same text are one post.
  await expect(postButtons.first()).toBeVisible();
  const posts = await postButtons.count();
  for (let i = 0; i < posts; i += 1) {
    await postButtons.nth(i).click();
    await expect(postButtons.nth(i)).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('.body-editor .ProseMirror')).toBeVisible();
    await check(`post ${i + 1} in the editor`);
  }
}

// Each chunk has its own library: two workers share them.
test.describe.configure({ mode: 'parallel' });

chunks.forEach((samples, chunk) => {
  const first = chunk * CHUNK + 1;
  test(`payloads ${first}–${first + samples.length - 1}: imported, then written into the stored files, run nowhere`, async ({
    app,
  }) => {
    test.setTimeout(300_000);
    const importable = samples.filter((sample) => !NOT_IN_XML.test(sample.html));
    console.log(
      `xss corpus ${first}–${first + samples.length - 1}: ${importable.length} imported, ${samples.length} written into the stored files`,
    );
    let page = app.page;
    let guards = await guard(page.context(), page);
    await page.reload();
    await importPayloads(page, importable, chunk);
    await showEverything(page, guards, importable.length);

    page = await app.restart(() => writePayloadsIntoStore(app.dataFile, samples));
    guards = await guard(page.context(), page);
    await page.reload();
    await showEverything(page, guards, importable.length);
  });
});
