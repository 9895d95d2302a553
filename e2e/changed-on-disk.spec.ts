import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const root = (dataFile: string) => JSON.parse(readFileSync(dataFile, 'utf8')) as { posts: { title: string }[] };

// Another program (a sync tool, a second computer) writes its own version of the data file.
function writeTheirs(dataFile: string, title: string): void {
  const data = root(dataFile);
  for (const post of data.posts) post.title = title;
  writeFileSync(dataFile, JSON.stringify(data));
}

test('a data file changed by another program is not written over: Keep mine, then Load theirs', async ({ app }) => {
  test.setTimeout(90_000);
  const page = app.page;
  await page.getByRole('button', { name: 'New post', exact: true }).click();
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  await title.fill('Min rubrik');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  writeTheirs(app.dataFile, 'Deras rubrik');
  const alert = page.getByRole('alert').filter({ hasText: 'Another program changed kanal.json' });
  await expect(alert).toBeVisible();
  // An edit now is kept in the editor, not written over their file, and never shown as saved.
  await title.fill('Min rubrik, ändrad');
  await expect(page.getByText('Not saved — retrying', { exact: true })).toBeVisible();
  await expect(page.getByText(/Not saved: another program changed kanal\.json/)).toBeVisible();
  expect(root(app.dataFile).posts[0]?.title).toBe('Deras rubrik');

  await alert.getByRole('button', { name: 'Keep mine' }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => root(app.dataFile).posts[0]?.title).toBe('Min rubrik, ändrad');

  writeTheirs(app.dataFile, 'Deras andra rubrik');
  await expect(alert).toBeVisible();
  await alert.getByRole('button', { name: 'Load theirs' }).click();
  await expect(page.getByRole('option', { name: 'Deras andra rubrik', exact: true })).toBeVisible();
  await expect(alert).toHaveCount(0);
  expect(root(app.dataFile).posts[0]?.title).toBe('Deras andra rubrik');
});
