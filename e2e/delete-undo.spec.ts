import { expect, test } from './fixtures';

test('a deleted post comes back with Undo', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'New post', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Att ångra');
  await page.getByRole('textbox', { name: 'Post body' }).click();
  await page.keyboard.type('Texten ska följa med tillbaka.');

  const list = page.getByRole('listbox', { name: 'Posts' });
  await list.getByRole('option', { name: 'Att ångra', exact: true }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('Post deleted')).toBeVisible();
  await expect(list).toHaveCount(0);

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByText('Post deleted')).toHaveCount(0);
  await expect(list.getByRole('option', { name: 'Att ångra', exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Att ångra');
  await expect(page.getByRole('textbox', { name: 'Post body' })).toHaveText('Texten ska följa med tillbaka.');

  const restarted = await app.restart();
  await expect(
    restarted.getByRole('listbox', { name: 'Posts' }).getByRole('option', { name: 'Att ångra', exact: true }),
  ).toBeVisible();
});
