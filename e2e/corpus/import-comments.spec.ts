import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { corpus as fixtures } from './corpus';

// The import dialog and thread view on the external corpora: the seed post and the theme unit test data.

const openImport = async (page: Page) => {
  await page.getByRole('button', { name: 'Import comments', exact: true }).click();
  return page.getByRole('dialog', { name: 'Import comments' });
};

const importFile = async (page: Page, file: string) => {
  const dialog = await openImport(page);
  await dialog.locator('input[type=file]').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  return dialog;
};

test('the seed post imports as one thread of seven comments that need replies', async ({ app }) => {
  const page = app.page;
  const dialog = await importFile(page, join(fixtures, 'seed/blog-post-with-comments.sv.txt'));
  await expect(dialog.getByRole('heading', { name: '1 thread imported' })).toBeVisible();
  await expect(dialog.getByText(/7 comments · 7 added · 7 need a reply/)).toBeVisible();
  await expect(dialog.getByText('7 duplicates', { exact: true })).toBeVisible();
  await expect(dialog.getByText('New post created')).toBeVisible();
  await dialog.getByRole('button', { name: 'Open thread' }).click();

  const thread = page.getByRole('region', { name: 'Comments', exact: true });
  await expect(page.getByText('7 comments, 7 need a reply', { exact: true })).toBeVisible();
  await expect(thread.getByText('Needs reply', { exact: true })).toHaveCount(7);
  await expect(thread.getByRole('button', { name: 'Reset' })).toHaveCount(0);
  await thread.getByRole('button', { name: 'Mark as mine' }).first().click();
  await expect(page.getByText('7 comments, 6 need a reply', { exact: true })).toBeVisible();
  await expect(thread.getByText('Your comment', { exact: true })).toHaveCount(1);
  await expect(thread.getByText('Needs reply', { exact: true })).toHaveCount(6);

  await thread.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByText('7 comments, 7 need a reply', { exact: true })).toBeVisible();
  await expect(thread.getByRole('button', { name: 'Reset' })).toHaveCount(0);

  await page.getByRole('checkbox', { name: 'Needs reply only' }).check();
  await expect(thread.getByText('Needs reply', { exact: true })).toHaveCount(7);
  // Marked as answered one by one, they leave the filtered list until it says nothing waits.
  for (let left = 7; left > 0; left -= 1) {
    await thread.getByRole('button', { name: 'Mark as mine' }).first().click();
    await expect(thread.getByRole('button', { name: 'Mark as mine' })).toHaveCount(left - 1);
  }
  await expect(page.getByText('No comment here waits for a reply.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Needs reply only' }).uncheck();
  await expect(thread.getByText('Your comment', { exact: true })).toHaveCount(7);
  for (let left = 7; left > 0; left -= 1) {
    await thread.getByRole('button', { name: 'Reset' }).first().click();
    await expect(thread.getByRole('button', { name: 'Reset' })).toHaveCount(left - 1);
  }

  // The post the import created points to its comments.
  await page.getByRole('tab', { name: /^Posts/ }).click();
  await page.getByRole('option', { name: 'Sociala nätverk skapar nya kommunikationsvägar', exact: true }).click();
  await page.getByRole('button', { name: '7 comments, 7 need a reply' }).click();
  await expect(page.getByRole('heading', { name: 'Sociala nätverk skapar nya kommunikationsvägar' })).toBeVisible();
});

test('a WordPress export keeps its nested reply chain', async ({ app }) => {
  const page = app.page;
  const dialog = await importFile(page, join(fixtures, 'wxr/theme-unit-test-data.xml'));
  // The theme unit test data is the biggest file here: a busy machine takes longer than the default wait.
  await expect(dialog.getByRole('heading', { name: /threads? imported/ })).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('tab', { name: /^Comments/ }).click();
  await page
    .getByRole('complementary')
    .getByRole('button', { name: /^Template: Comments/ })
    .click();
  const thread = page.getByRole('region', { name: 'Comments', exact: true });
  await expect(thread.locator('article').first()).toBeVisible();
  // The first comment shows every HTML element there is: it is cut short until asked for.
  const more = thread.locator('article').first().getByRole('button', { name: 'Show the whole comment' });
  await more.click();
  await expect(thread.locator('article').first().getByRole('button', { name: 'Show less' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  // The list is virtual: scroll until the deepest reply has been drawn.
  const deepest = thread.getByText('Reply, level 10', { exact: true });
  for (let step = 0; step < 30 && (await deepest.count()) === 0; step += 1) {
    await thread.evaluate((element) => element.scrollBy(0, 300));
  }
  await expect(deepest).toHaveCount(1);
  // Past the last indentation step a reply still says whom it answers.
  await expect(
    thread.locator('article').filter({ has: page.getByText('Reply, level 10', { exact: true }) }),
  ).toContainText('↳ in reply to Joe Bloggs');
  for (const level of [2, 5, 9])
    await expect(thread.getByText(`Reply, level ${level}`, { exact: true })).toHaveCount(1);
});

test('in Swedish the summary, counts and dates read naturally, and importing again says nothing is new', async ({
  app,
}) => {
  const page = app.page;
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Svenska' });
  await page.getByRole('button', { name: 'Stäng' }).click();

  await page.getByRole('button', { name: 'Importera kommentarer', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Importera kommentarer' });
  await expect(dialog.getByText('Ingen fil vald än.')).toBeVisible();
  await dialog.locator('input[type=file]').setInputFiles(join(fixtures, 'seed/blog-post-with-comments.sv.txt'));
  await expect(dialog.getByText('blog-post-with-comments.sv.txt', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Importera', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: '1 tråd importerad' })).toBeVisible();
  await expect(dialog.getByText(/7 kommentarer · 7 nya · 7 behöver svar/)).toBeVisible();
  await expect(dialog.getByText('7 dubbletter', { exact: true })).toBeVisible();
  await expect(dialog.getByText(/^Nytt inlägg skapat/)).toBeVisible();

  await dialog.getByRole('button', { name: 'Importera mer' }).click();
  await dialog.locator('input[type=file]').setInputFiles(join(fixtures, 'seed/blog-post-with-comments.sv.txt'));
  await dialog.getByRole('button', { name: 'Importera', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: 'Inget nytt: kommentarerna fanns redan i Kanal' })).toBeVisible();
  await expect(dialog.getByText(/7 kommentarer · 0 nya · 7 behöver svar/)).toBeVisible();

  await dialog.getByRole('button', { name: 'Importera mer' }).click();
  await dialog.locator('input[type=file]').setInputFiles(join(fixtures, 'wxr/theme-unit-test-data.xml'));
  await dialog.getByRole('button', { name: 'Importera', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: /trådar importerade$/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Klar' }).click();

  await page.getByRole('tab', { name: /^Kommentarer/ }).click();
  await page
    .getByRole('complementary')
    .getByRole('button', { name: /^Template: Comments/ })
    .click();
  const thread = page.getByRole('region', { name: 'Kommentarer', exact: true });
  await expect(thread.locator('time').first()).toHaveText(
    /^\d{1,2} (jan|feb|mars|apr|maj|juni|juli|aug|sep|okt|nov|dec)\.? \d{4} \d{2}:\d{2}$/,
  );
  await expect(page.getByText('20 kommentarer, 15 behöver svar', { exact: true })).toBeVisible();
});
