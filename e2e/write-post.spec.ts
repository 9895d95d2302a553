import { expect, test } from './fixtures';

test('a post written with formatting, status and channels survives a restart and exports', async ({ app }) => {
  let page = app.page;
  await page.getByRole('button', { name: 'New post', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Kanaler för dialog');

  const body = page.getByRole('textbox', { name: 'Post body' });
  await body.click();
  await page.keyboard.type('Sociala medier breddar ');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type('dialogen');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type(' mellan företag och kund. Läs mer');
  for (let i = 0; i < 'Läs mer'.length; i += 1) await page.keyboard.press('Shift+ArrowLeft');
  await page.getByRole('button', { name: 'Link', exact: true }).click();
  await page.getByLabel('Link address').fill('https://example.com/kanaler');
  await page.getByRole('button', { name: 'Apply link' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' om kanaler.');

  await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('ready');
  await page.getByRole('checkbox', { name: 'B2B', exact: true }).check();
  await page.getByRole('checkbox', { name: 'C2C', exact: true }).check();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  const count = await page.getByText(/^Body: \d+ words?, \d+ characters?$/).textContent();
  const listed = page.getByRole('option', { name: 'Kanaler för dialog', exact: true }).locator('xpath=..');
  await expect(listed).toContainText(/\d+ words?/);
  const listedWords = /(\d+ words?)/.exec((await listed.textContent()) ?? '')?.[1] ?? 'no count listed';

  page = await app.restart();
  await page.getByRole('option', { name: 'Kanaler för dialog', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Kanaler för dialog');
  const reopened = page.getByRole('textbox', { name: 'Post body' });
  await expect(reopened.locator('strong')).toHaveText('dialogen');
  await expect(reopened.locator('a')).toHaveAttribute('href', 'https://example.com/kanaler');
  await expect(reopened.locator('a')).toHaveText('Läs mer');
  await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue('ready');
  await expect(page.getByRole('checkbox', { name: 'B2B', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'C2C', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'B2C', exact: true })).not.toBeChecked();
  await expect(page.getByText(count ?? 'no count shown', { exact: true })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Kanaler för dialog', exact: true }).locator('xpath=..')).toContainText(
    listedWords,
  );

  await page.getByRole('button', { name: /^Export/ }).click();
  const html = await app.exportedText(() => page.getByRole('dialog').getByRole('button', { name: 'Save' }).click());
  expect(html).toContain('Kanaler för dialog');
  expect(html).toContain('<strong>dialogen</strong>');
  expect(html).toContain('href="https://example.com/kanaler"');
  await expect(page.getByText(/^Exported/)).toBeVisible();
});
