import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from './fixtures';
import { importThroughDialog } from './importDialog';

// Comment payloads that ran script in one browser or sanitizer or another.
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<svg><script>window.__pwned=1</script></svg>',
  '<a href="jav&#x09;ascript:window.__pwned=1">tab</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=1"></style></mglyph></table></mtext></math>',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>"></noscript>',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror="window.__pwned=1">',
  '<a href="https://reader.example/" onclick="window.__pwned=1">fine link</a>',
];

const wxr = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Blog</title><wp:wxr_version>1.2</wp:wxr_version>
<item><title><![CDATA[Hostile </title><script>window.__pwned=1</script>]]></title><link>https://blog.example/hostile/</link>
<guid isPermaLink="false">h1</guid><content:encoded><![CDATA[<p>Body</p>]]></content:encoded>
<wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
${PAYLOADS.map(
  (payload, i) => `<wp:comment><wp:comment_id>${i + 1}</wp:comment_id>
<wp:comment_author><![CDATA[<img src=x onerror="window.__pwned=1">Reader ${i + 1}]]></wp:comment_author>
<wp:comment_author_url>https://reader${i + 1}.example/</wp:comment_author_url>
<wp:comment_date_gmt>2020-01-0${(i % 9) + 1}10:00:00</wp:comment_date_gmt>
<wp:comment_content><![CDATA[${payload} words ${i + 1}]]></wp:comment_content>
<wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>`,
).join('\n')}
</item></channel></rss>`;

// What an older Kanal, or a hand-edited library, may hold: addresses that are not the web.
function plantHostileAddresses(dataFile: string): void {
  const root = JSON.parse(readFileSync(dataFile, 'utf8')) as {
    threads: { id: string; rev: number; url: string | null }[];
  };
  const thread = root.threads[0];
  if (!thread) throw new Error('no thread was imported');
  thread.url = 'javascript:window.__pwned=1';
  writeFileSync(dataFile, JSON.stringify(root));
  const folder = join(dirname(dataFile), 'kanal.threads');
  const bodyFile = join(
    folder,
    readdirSync(folder).find((name) => name.startsWith(`${thread.id}.${thread.rev}.`)) ?? '',
  );
  const body = JSON.parse(readFileSync(bodyFile, 'utf8')) as { comments: { author: { url?: string } }[] };
  body.comments.forEach((comment, i) => {
    comment.author.url = i % 2 ? 'data:text/html,<script>alert(1)</script>' : 'javascript:window.__pwned=1';
  });
  writeFileSync(bodyFile, JSON.stringify(body));
}

test('hostile comments show as text, and every link in a thread points to the web', async ({ app }) => {
  let page = app.page;
  const file = join(tmpdir(), `kanal-e2e-hostile-${process.pid}.xml`);
  writeFileSync(file, wxr);
  const dialog = await importThroughDialog(page, file, '1 thread imported');
  await dialog.getByRole('button', { name: 'Done' }).click();

  plantHostileAddresses(app.dataFile);
  page = await app.restart();
  const dialogs: string[] = [];
  page.on('dialog', (shown) => {
    dialogs.push(shown.message());
    void shown.dismiss();
  });

  await page.getByRole('tab', { name: /^Comments/ }).click();
  await page
    .getByRole('complementary')
    .getByRole('button', { name: /^Hostile/ })
    .click();
  const thread = page.getByRole('region', { name: 'Comments', exact: true });
  await expect(thread.getByText('words 7')).toBeVisible();
  await expect(thread.getByText('Reader 1', { exact: true })).toBeVisible();

  const view = page.locator('.thread-view');
  const hrefs = await view
    .locator('a[href]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  await expect(view.locator('img, svg, math, script, style, form, iframe, [onerror], [onclick]')).toHaveCount(0);
  await expect(view.getByRole('link', { name: 'fine link' })).toHaveAttribute('href', 'https://reader.example/');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  // The reply queue shows the same comments through the same sanitizer, with the quotes of what they answer.
  await page.getByRole('tab', { name: /^Needs reply/ }).click();
  const queue = page.getByRole('region', { name: 'Comments waiting for a reply' });
  await expect(queue.getByText('words 7')).toBeVisible();
  const queueView = page.locator('.queue-view');
  const queueHrefs = await queueView
    .locator('a[href]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(queueHrefs.length).toBeGreaterThan(0);
  for (const href of queueHrefs) expect(href).toMatch(/^https?:\/\//);
  await expect(queueView.locator('img, svg, math, script, style, form, iframe, [onerror], [onclick]')).toHaveCount(0);
  await queue.getByRole('button', { name: 'Reply', exact: true }).first().click();
  await page.getByRole('button', { name: 'Quote selection' }).click();
  const replyBody = page.getByRole('textbox', { name: 'Reply body' });
  await expect(replyBody.locator('blockquote')).toBeVisible();
  // A quote is the comment's words as text.
  await expect(replyBody.locator('img, svg, math, script, style, form, iframe, a, [onerror], [onclick]')).toHaveCount(
    0,
  );
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
