import { expect, test } from './fixtures';

test('the interface switches to Swedish and back', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Svenska' });
  await expect(page.getByRole('dialog', { name: 'Inställningar' })).toBeVisible();
  await page.getByRole('button', { name: 'Stäng' }).click();
  await expect(page.getByRole('button', { name: 'Nytt inlägg' })).toBeVisible();
  await page.getByRole('button', { name: 'Nytt inlägg' }).click();
  await expect(page.getByRole('textbox', { name: 'Rubrik' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Inläggstext' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'B Fetstil', exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Status', exact: true }).locator('option:checked')).toHaveText(
    'Utkast',
  );
  await expect(page.getByText('Brödtext: 0 ord, 0 tecken', { exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');

  const restarted = await app.restart();
  await expect(restarted.getByRole('button', { name: 'Nytt inlägg' })).toBeVisible();
  await restarted.getByRole('button', { name: 'Inställningar' }).click();
  await restarted.getByRole('combobox', { name: 'Språk' }).selectOption({ label: 'English' });
  await expect(restarted.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await restarted.getByRole('button', { name: 'Close' }).click();
  await expect(restarted.getByRole('button', { name: 'New post', exact: true })).toBeVisible();
});

test('an author name is kept', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Author name').fill('Anna Andersson');
  await dialog.getByRole('button', { name: 'Add name' }).click();
  await expect(dialog.getByText('Anna Andersson', { exact: true })).toBeVisible();
  await dialog.getByLabel('E-mail address').fill('anna@example.com');
  await dialog.getByRole('button', { name: 'Add address' }).click();
  await expect(dialog.getByText('anna@example.com', { exact: true })).toBeVisible();

  const restarted = await app.restart();
  await restarted.getByRole('button', { name: 'Settings' }).click();
  const reopened = restarted.getByRole('dialog', { name: 'Settings' });
  await expect(reopened.getByText('Anna Andersson', { exact: true })).toBeVisible();
  await reopened.getByRole('button', { name: 'Remove Anna Andersson' }).click();
  await expect(reopened.getByText('Anna Andersson', { exact: true })).toHaveCount(0);
});

test('several addresses can be added at once, and what is left in a field is kept when the dialog closes', async ({
  app,
}) => {
  const page = app.page;
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog.getByLabel('E-mail address')).toHaveAccessibleDescription(/several separated by commas/);
  await dialog.getByLabel('E-mail address').fill('anna@example.com, anna@blogg.se; ANNA@example.com');
  await dialog.getByRole('button', { name: 'Add address' }).click();
  await expect(dialog.getByText('anna@example.com', { exact: true })).toBeVisible();
  await expect(dialog.getByText('anna@blogg.se', { exact: true })).toBeVisible();
  await expect(dialog.getByRole('button', { name: /^Remove / })).toHaveCount(2);

  // Typed, never added with the button, then the dialog closed with Escape.
  await dialog.getByLabel('Author name').fill('Anna i bloggen');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  const restarted = await app.restart();
  await restarted.getByRole('button', { name: 'Settings' }).click();
  const reopened = restarted.getByRole('dialog', { name: 'Settings' });
  await expect(reopened.getByText('Anna i bloggen', { exact: true })).toBeVisible();
  await expect(reopened.getByText('anna@blogg.se', { exact: true })).toBeVisible();
});
