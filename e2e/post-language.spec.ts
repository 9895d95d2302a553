import { expect, test } from './fixtures';

test('a post written in Swedish says so to the browser, its spellchecker and its export', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'New post', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Om kanaler');
  const language = page.getByRole('combobox', { name: 'Language', exact: true });
  const body = page.getByRole('textbox', { name: 'Post body' });
  // A new post is in the UI language until the author says otherwise.
  await expect(language).toHaveValue('en');
  await expect(body).toHaveAttribute('lang', 'en');
  await expect(body).toHaveAttribute('spellcheck', 'true');
  await expect(language.getByRole('option', { name: 'Svenska' })).toHaveCount(1);
  await expect(language.getByRole('option', { name: 'English' })).toHaveCount(1);

  await language.selectOption({ label: 'Svenska' });
  await expect(body).toHaveAttribute('lang', 'sv');
  await body.click();
  await page.keyboard.type('Företag och konsumenter.');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: /^Export/ }).click();
  const html = await app.exportedText(() => page.getByRole('dialog').getByRole('button', { name: 'Save' }).click());
  expect(html).toContain('<html lang="sv">');
  expect(html).toContain('"inLanguage": "sv"');

  // The choice is the post's: it is there after a restart.
  const restarted = await app.restart();
  await restarted.getByRole('option', { name: 'Om kanaler', exact: true }).click();
  await expect(restarted.getByRole('combobox', { name: 'Language', exact: true })).toHaveValue('sv');
  await expect(restarted.getByRole('textbox', { name: 'Post body' })).toHaveAttribute('lang', 'sv');
});

test('any language tag can be typed in, and one that is not a tag is refused', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'New post', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Grüezi');
  const language = page.getByRole('combobox', { name: 'Language', exact: true });
  await language.selectOption({ label: 'Other language…' });
  const tag = page.getByRole('textbox', { name: 'Language tag' });
  await expect(tag).toBeFocused();
  await tag.fill('inte ett språk');
  await tag.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(/“inte ett språk” is not a language tag/);
  await expect(page.getByRole('textbox', { name: 'Post body' })).toHaveAttribute('lang', 'en');

  await tag.fill('DE_ch');
  await page.getByRole('button', { name: 'Use', exact: true }).click();
  await expect(language).toHaveValue('de-CH');
  await expect(language.locator('option:checked')).toHaveText(/\(de-CH\)$/);
  await expect(page.getByRole('textbox', { name: 'Post body' })).toHaveAttribute('lang', 'de-CH');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: /^Export/ }).click();
  const html = await app.exportedText(() => page.getByRole('dialog').getByRole('button', { name: 'Save' }).click());
  expect(html).toContain('<html lang="de-CH">');
});
