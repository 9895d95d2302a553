import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { COMMENTS, longThreadExport } from './longThreadExport';
import { importThroughDialog } from './importDialog';

test('a thread of ten thousand comments opens and scrolls with only the visible comments in the page', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const file = join(tmpdir(), `kanal-e2e-long-thread-${process.pid}.xml`);
  writeFileSync(file, longThreadExport());
  const page = app.page;
  const dialog = await importThroughDialog(page, file, '1 thread imported', { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Open thread' }).click();

  const thread = page.getByRole('region', { name: 'Comments', exact: true });
  await expect(thread.getByText('Kommentar nummer 1.', { exact: true })).toBeVisible();
  expect(await thread.locator('article').count()).toBeLessThan(80);

  await thread.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await expect(async () => {
    await thread.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await expect(thread.getByText(`Kommentar nummer ${COMMENTS}.`, { exact: true })).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 15_000 });
  await expect(thread.getByText('Reply, level 10', { exact: true }).first()).toBeAttached();
  expect(await thread.locator('article').count()).toBeLessThan(80);
});
