import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { APP_CSP, APP_CSP_META } from '../electron/core/csp';
import { expect, test } from './fixtures';
import { guard, liveMarkup } from './guards';

// Electron's security checklist where the browser mode shows it: the one CSP, nothing inline or remote runs,
// and links leave for a tab of their own while the app stays where it is.

const wxr = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Blog</title><wp:wxr_version>1.2</wp:wxr_version>
<item><title>Linked post</title><link>https://blog.example/linked/</link>
<guid isPermaLink="false">l1</guid><content:encoded><![CDATA[<p>Body</p>]]></content:encoded>
<wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
<wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_author>Reader</wp:comment_author>
<wp:comment_author_url>https://reader.example/</wp:comment_author_url>
<wp:comment_date_gmt>2020-01-01 10:00:00</wp:comment_date_gmt>
<wp:comment_content><![CDATA[<p>See <a href="https://reader.example/page">their page</a> or <a href="mailto:reader@example.com">write</a>.</p>]]></wp:comment_content>
<wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>
</item></channel></rss>`;

async function importLinkedThread(page: Page): Promise<void> {
  const file = join(tmpdir(), `kanal-e2e-links-${process.pid}.xml`);
  writeFileSync(file, wxr);
  await page.getByRole('button', { name: 'Import comments', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import comments' });
  await dialog.locator('input[type=file]').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.getByRole('button', { name: 'Open thread' }).click();
}

test('the page carries the one CSP, and nothing inline or remote runs or loads', async ({ app }) => {
  const page = app.page;
  const guards = await guard(page.context(), page);
  const response = await page.request.get(new URL('/', page.url()).href);
  expect(response.headers()['content-security-policy']).toBe(APP_CSP);
  expect(response.headers()['x-frame-options']).toBe('DENY');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', APP_CSP_META);

  const attempts = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
    const inline = document.createElement('script');
    inline.textContent = 'window.__ran = "inline"';
    document.body.append(inline);
    // An event handler in markup is inline script too.
    const handler = document.createElement('img');
    handler.setAttribute('onerror', 'window.__ran = "handler"');
    handler.src = '/no-such-image.png';
    document.body.append(handler);
    const fetched = await fetch('https://tracker.example/pixel').then(
      () => 'sent',
      () => 'blocked',
    );
    const image = new Image();
    image.src = 'https://tracker.example/pixel.png';
    document.body.append(image);
    const frame = document.createElement('iframe');
    frame.src = 'https://tracker.example/frame';
    document.body.append(frame);
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const element of [handler, image, frame]) element.remove();
    return { ran: (window as unknown as { __ran?: string }).__ran ?? null, fetched, violations };
  });
  expect(attempts.ran).toBeNull();
  expect(attempts.fetched).toBe('blocked');
  expect(attempts.violations).toEqual(
    expect.arrayContaining(['script-src-elem', 'script-src-attr', 'connect-src', 'img-src', 'frame-src']),
  );
  expect(guards.outside).toEqual([]);
});

test('a link in a comment opens in a new tab that cannot reach back, and the app stays put', async ({ app }) => {
  const page = app.page;
  const guards = await guard(page.context(), page, (url) =>
    url.host === 'reader.example' ? { body: '<p>reader</p>', contentType: 'text/html' } : null,
  );
  await importLinkedThread(page);
  const thread = page.getByRole('region', { name: 'Comments', exact: true });
  const appUrl = page.url();

  const popup = page.waitForEvent('popup');
  await thread.getByRole('link', { name: 'their page' }).click();
  const tab = await popup;
  await tab.waitForLoadState();
  expect(tab.url()).toBe('https://reader.example/page');
  expect(await tab.evaluate(() => window.opener)).toBeNull();
  expect(page.url()).toBe(appUrl);
  await tab.close();

  const authorTab = page.waitForEvent('popup');
  await thread.getByRole('link', { name: 'Reader', exact: true }).click();
  expect((await authorTab).url()).toBe('https://reader.example/');
  expect(page.url()).toBe(appUrl);

  // A mail link keeps its address and is never followed inside the app.
  await expect(thread.getByRole('link', { name: 'write' })).toHaveAttribute('href', 'mailto:reader@example.com');
  expect(await liveMarkup(page, '.workspace')).toEqual([]);
  expect(guards.outside.every((url) => url.startsWith('https://reader.example/'))).toBe(true);
  expect(guards.executed).toEqual([]);
});
