import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from '@playwright/test';
import { expect, test } from './fixtures';
import { COMMENTS, longThreadExport } from './longThreadExport';
import { openQueue, queueList } from './replyHelpers';
import { importThroughDialog } from './importDialog';

test('ten thousand waiting comments open at once: a page at a time is fetched, only the visible entries are in the page', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const file = join(tmpdir(), `kanal-e2e-queue-size-${process.pid}.xml`);
  writeFileSync(file, longThreadExport());
  const page = app.page;
  const dialog = await importThroughDialog(page, file, '1 thread imported', { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Done' }).click();
  // The badge writes the number as the language does.
  await expect(page.getByRole('tab', { name: /^Needs reply/ })).toHaveAccessibleName('Needs reply 10,000');

  // Each page's size, read while the page is open: every read is awaited before the counts are checked.
  const pageSizes: Promise<number>[] = [];
  const readPageSize = (response: Response) => {
    if (response.url().endsWith('/api/queue.list'))
      pageSizes.push(response.json().then((body: { value: { items: unknown[] } }) => body.value.items.length));
  };
  page.on('response', readPageSize);
  await openQueue(page);
  const list = queueList(page);
  await expect(list.getByRole('article').first()).toHaveAccessibleName(`Läsare ${COMMENTS} on “Lång tråd”`);
  await expect(page.getByText('10,000 comments wait for a reply')).toBeVisible();
  expect(await list.getByRole('article').count()).toBeLessThan(30);

  // The oldest is at the very end; scrolling there fetches only the pages on the way that are shown.
  await expect(async () => {
    await list.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await expect(list.getByRole('article', { name: 'Läsare 1 on “Lång tråd”' })).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  expect(await list.getByRole('article').count()).toBeLessThan(30);
  page.off('response', readPageSize);
  const fetched = await Promise.all(pageSizes);
  expect(Math.max(...fetched)).toBeLessThanOrEqual(50);
  expect(fetched.length).toBeLessThan(20);
  await expect(list.getByRole('listitem').last()).toHaveAttribute('aria-setsize', String(COMMENTS));
  await expect(list.getByRole('listitem').last()).toHaveAttribute('aria-posinset', String(COMMENTS));

  await page.getByRole('combobox', { name: 'Order' }).selectOption({ label: 'Oldest first' });
  await expect(list.getByRole('article').first()).toHaveAccessibleName('Läsare 1 on “Lång tråd”');
});
