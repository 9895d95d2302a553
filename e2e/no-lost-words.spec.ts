import { expect, test } from './fixtures';

test('words typed right before closing are there after a restart', async ({ app }) => {
  let page = app.page;
  await page.getByRole('button', { name: 'New post', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Sista orden');
  await page.getByRole('textbox', { name: 'Post body' }).click();
  await page.keyboard.type('Inget ord får gå förlorat, inte ens det sista');

  page = await app.restart();
  await page.getByRole('option', { name: 'Sista orden', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Post body' })).toHaveText(
    'Inget ord får gå förlorat, inte ens det sista',
  );
});

test('words typed after a finished save are there after a restart', async ({ app }) => {
  let page = app.page;
  await page.getByRole('button', { name: 'New post', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Två omgångar');
  const body = page.getByRole('textbox', { name: 'Post body' });
  await body.click();
  await page.keyboard.type('Första stycket.');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Andra stycket.');

  page = await app.restart();
  await page.getByRole('option', { name: 'Två omgångar', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Post body' })).toHaveText(/Första stycket\.\s*Andra stycket\./);
});

test('a javascript: link is refused in the link form', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'New post', exact: true }).click();
  const body = page.getByRole('textbox', { name: 'Post body' });
  await body.click();
  await page.keyboard.type('Klicka här');
  await page.keyboard.press('Shift+Home');
  await page.getByRole('button', { name: 'Link', exact: true }).click();
  await page.getByLabel('Link address').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Apply link' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Only web addresses/);
  await expect(body.locator('a')).toHaveCount(0);

  await page.getByLabel('Link address').fill('https://example.com/');
  await page.getByRole('button', { name: 'Apply link' }).click();
  await expect(body.locator('a')).toHaveAttribute('href', 'https://example.com/');
});
