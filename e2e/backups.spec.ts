import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const storedTitles = (dataFile: string): string[] =>
  (JSON.parse(readFileSync(dataFile, 'utf8')) as { posts: { title: string }[] }).posts.map((p) => p.title);

test('Settings lists the backups and restores one, after backing up the library as it is', async ({ app }) => {
  test.setTimeout(90_000);
  let page = app.page;
  await page.getByRole('button', { name: 'New post', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Första versionen');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  // A new session: its first change is preceded by a backup of the library as the last session left it.
  page = await app.restart();
  await page.getByRole('option', { name: 'Första versionen', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Andra versionen');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await expect.poll(() => storedTitles(app.dataFile)).toEqual(['Andra versionen']);

  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  const table = dialog.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Time', 'Posts', 'Comments', 'Size', 'Restore']);
  const rows = table.getByRole('row');
  // Newest first: before this session's change (one post), then before the very first change (empty).
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1).getByRole('cell')).toHaveText([/\d/, '1', '0', /^\d+(\.\d)? MB$/, 'Restore']);
  await expect(rows.nth(2).getByRole('cell').nth(1)).toHaveText('0');

  await rows.nth(1).getByRole('button', { name: 'Restore' }).click();
  await dialog.getByRole('button', { name: 'Restore it' }).click();
  await expect(page.getByRole('option', { name: 'Första versionen', exact: true })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Andra versionen', exact: true })).toHaveCount(0);
  expect(storedTitles(app.dataFile)).toEqual(['Första versionen']);

  // The library as it was before the restore is itself a backup now, and can be brought back the same way.
  await page.getByRole('button', { name: 'Settings' }).click();
  const again = page.getByRole('dialog', { name: 'Settings' }).getByRole('table').getByRole('row');
  await expect(again).toHaveCount(4);
  await again.nth(1).getByRole('button', { name: 'Restore' }).click();
  await page.getByRole('button', { name: 'Restore it' }).click();
  await expect(page.getByRole('option', { name: 'Andra versionen', exact: true })).toBeVisible();
});
