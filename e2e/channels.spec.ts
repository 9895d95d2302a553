import { expect, test } from './fixtures';

test('a custom channel can be added, used, filtered by, renamed and removed', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'Manage channels' }).click();
  const manager = page.getByRole('dialog', { name: 'Manage channels' });
  const fresh = manager.getByRole('group', { name: 'New channel' });
  await fresh.getByLabel('Code').fill('Podd');
  await fresh.getByLabel('Description (English)').fill('Podcast listeners');
  await fresh.getByLabel('Description (Swedish)').fill('Poddlyssnare');
  await fresh.getByRole('button', { name: 'Add channel' }).click();
  await expect(manager.getByRole('group', { name: 'Podd', exact: true })).toBeVisible();

  await fresh.getByLabel('Code').fill('B2B');
  await fresh.getByRole('button', { name: 'Add channel' }).click();
  await expect(fresh.getByRole('alert')).toHaveText('There is already a channel with this code. Choose another one.');
  await expect(fresh.getByLabel('Code')).toHaveAttribute('aria-invalid', 'true');
  // The author's own channels come before the nine built-in ones.
  await expect(manager.getByRole('group').nth(1)).toHaveAccessibleName('Podd');
  await manager.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'New post', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Avsnitt ett');
  const podd = page.getByRole('checkbox', { name: 'Podd', exact: true });
  await podd.check();
  await expect(podd).toHaveAccessibleDescription('Podcast listeners');
  await expect(page.getByText('Podd: Podcast listeners', { exact: true })).toBeVisible();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'New post', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Utan kanal');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  const filter = page.getByRole('combobox', { name: 'Filter by channel' });
  await filter.selectOption({ label: 'Podd' });
  const list = page.getByRole('listbox', { name: 'Posts' });
  await expect(list.getByRole('option', { name: 'Avsnitt ett', exact: true })).toBeVisible();
  await expect(list.getByRole('option', { name: 'Utan kanal', exact: true })).toHaveCount(0);

  await page.getByRole('button', { name: 'Manage channels' }).click();
  const row = manager.getByRole('group', { name: 'Podd', exact: true });
  await row.getByLabel('Code').fill('Podcast');
  await row.getByRole('button', { name: 'Save changes' }).click();
  await expect(manager.getByRole('group', { name: 'Podcast', exact: true })).toBeVisible();
  await manager.getByRole('button', { name: 'Close' }).click();
  await expect(filter.locator('option:checked')).toHaveText('Podcast');
  await expect(list.getByRole('option', { name: 'Avsnitt ett', exact: true })).toHaveAccessibleDescription(/Podcast/);

  await page.getByRole('button', { name: 'Manage channels' }).click();
  const renamed = manager.getByRole('group', { name: 'Podcast', exact: true });
  await renamed.getByRole('button', { name: 'Remove' }).click();
  await renamed.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(manager.getByRole('group', { name: 'Podcast', exact: true })).toHaveCount(0);
  await expect(
    manager.getByRole('group', { name: 'B2B', exact: true }).getByRole('button', { name: 'Remove' }),
  ).toHaveCount(0);
  await manager.getByRole('button', { name: 'Close' }).click();

  await expect(filter).toHaveValue('');
  await expect(list.getByRole('option', { name: 'Utan kanal', exact: true })).toBeVisible();
  await list.getByRole('option', { name: 'Avsnitt ett', exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'Podcast', exact: true })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'B2B', exact: true })).not.toBeChecked();
});
