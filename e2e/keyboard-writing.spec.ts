import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const focusIsInToolbar = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[role="toolbar"]') !== null);

test('a post can be written with the keyboard alone: toolbar, shortcuts, links, undo', async ({ app }) => {
  let page = app.page;
  await page.getByRole('button', { name: 'New post', exact: true }).focus();
  await page.keyboard.press('Enter');
  // No waiting: the title takes the keys at once.
  await page.keyboard.type('Bara tangentbordet');
  await page.keyboard.press('Enter');
  const body = page.getByRole('textbox', { name: 'Post body' });
  await expect(body).toBeFocused();
  await expect(body).toHaveAccessibleDescription(/Alt\+F10/);

  const bold = page.getByRole('button', { name: 'Bold', exact: true });
  await page.keyboard.type('Första ');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type('fet');
  await expect(bold).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type(' och ');
  await expect(bold).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('ControlOrMeta+i');
  await page.keyboard.type('kursiv');
  await page.keyboard.press('ControlOrMeta+i');
  await expect(page.getByRole('button', { name: 'Italic', exact: true })).toHaveAttribute('aria-pressed', 'false');

  // Alt+F10 reaches the toolbar, arrows move in it, Escape returns to the same place in the text.
  await page.keyboard.press('Alt+F10');
  await expect(page.getByRole('button', { name: 'Paragraph', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: 'H2 Heading 2', exact: true })).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(body).toBeFocused();
  await page.keyboard.type(' text. Läs mer');

  // The toolbar is one stop in the Tab order, not thirteen.
  await page.keyboard.press('Shift+Tab');
  expect(await focusIsInToolbar(page)).toBe(true);
  await page.keyboard.press('Shift+Tab');
  expect(await focusIsInToolbar(page)).toBe(false);

  // Ctrl+K links the selected words; Enter applies and the writing goes on after them.
  await body.press('End');
  for (let i = 0; i < 'Läs mer'.length; i += 1) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('ControlOrMeta+k');
  await expect(page.getByLabel('Link address')).toBeFocused();
  await page.keyboard.type('https://example.com/tangentbord');
  await page.keyboard.press('Enter');
  await expect(body).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' nu.');
  await expect(body.locator('a')).toHaveText('Läs mer');

  await page.keyboard.press('ControlOrMeta+z');
  await expect(body).not.toContainText('nu.');
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(body).toContainText('Läs mer nu.');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  page = await app.restart();
  await page.getByRole('option', { name: 'Bara tangentbordet', exact: true }).click();
  const reopened = page.getByRole('textbox', { name: 'Post body' });
  await expect(reopened).toHaveText('Första fet och kursiv text. Läs mer nu.');
  await expect(reopened.locator('strong')).toHaveText('fet');
  await expect(reopened.locator('em')).toHaveText('kursiv');
  await expect(reopened.locator('a')).toHaveAttribute('href', 'https://example.com/tangentbord');
});
