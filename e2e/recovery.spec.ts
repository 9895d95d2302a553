import { expect, test } from './fixtures';

test('edits the host could not take are kept on this computer and saved once it answers', async ({ app }) => {
  test.skip(app.mode === 'electron', 'cuts the HTTP connection to the host, which the desktop app does not use');
  test.setTimeout(90_000);
  const page = app.page;
  await page.getByRole('button', { name: 'New post', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Utan förbindelse');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  await page.route('**/api/posts.save', (route) => route.abort());
  await page.getByRole('textbox', { name: 'Post body' }).click();
  await page.keyboard.type('Skrivet medan värden inte svarade.');
  await expect(page.getByText('Not saved — retrying', { exact: true })).toBeVisible();

  // Away and back: the host still has the old copy, the recovery copy on this computer is newer.
  await page.getByRole('button', { name: 'New post', exact: true }).click();
  await page.getByRole('option', { name: 'Utan förbindelse', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Post body' })).toHaveText('Skrivet medan värden inte svarade.');
  await expect(page.getByText(/were restored from this computer/)).toBeVisible();

  await page.unroute('**/api/posts.save');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible({ timeout: 30_000 });

  const restarted = await app.restart();
  await restarted.getByRole('option', { name: 'Utan förbindelse', exact: true }).click();
  await expect(restarted.getByRole('textbox', { name: 'Post body' })).toHaveText('Skrivet medan värden inte svarade.');
});
