import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, importFixtures as fixtures, test } from './fixtures';
import { switchToSwedish, openSwedishImport } from './uiLanguage';

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

test('a pasted Swedish post imports as one thread of seven comments that need replies', async ({ app }) => {
  const page = app.page;
  const dialog = await importFile(page, join(fixtures, 'pasted-sv-doubled.txt'));
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
  await page.getByRole('option', { name: 'Fler vägar än B2B och B2C', exact: true }).click();
  await page.getByRole('button', { name: '7 comments, 7 need a reply' }).click();
  await expect(page.getByRole('heading', { name: 'Fler vägar än B2B och B2C' })).toBeVisible();
});

test('pasted comments import as a thread', async ({ app }) => {
  const page = app.page;
  const dialog = await openImport(page);
  await dialog.getByRole('tab', { name: 'Paste comments' }).click();
  await dialog
    .getByLabel('Pasted comments')
    .fill(
      [
        'Mitt inlägg',
        '',
        'Lite text om kanaler.',
        '',
        '2 thoughts on “Mitt inlägg”',
        '',
        ' 1. Anna says:',
        '  Tack för ett bra inlägg!',
        '',
        '  Reply',
        ' 2. Bertil says:',
        '  Håller med Anna.',
        '',
        '  Reply',
        'Leave a Reply',
      ].join('\n'),
    );
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: '1 thread imported' })).toBeVisible();
  await expect(dialog.getByText(/2 comments · 2 added/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Open thread' }).click();
  const thread = page.getByRole('region', { name: 'Comments', exact: true });
  await expect(thread.getByText('Anna', { exact: true })).toBeVisible();
  await expect(thread.getByText('Håller med Anna.')).toBeVisible();
});

test('a WordPress export keeps its nested reply chain', async ({ app }) => {
  const page = app.page;
  const dialog = await importFile(page, join(fixtures, 'wxr-threads.xml'));
  await expect(dialog.getByRole('heading', { name: /threads? imported/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('tab', { name: /^Comments/ }).click();
  await page
    .getByRole('complementary')
    .getByRole('button', { name: /^Threads, ten levels deep/ })
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
  const deepest = thread.getByText('Level 10 of the chain', { exact: true });
  for (let step = 0; step < 30 && (await deepest.count()) === 0; step += 1) {
    await thread.evaluate((element) => element.scrollBy(0, 300));
  }
  await expect(deepest).toHaveCount(1);
  // Past the last indentation step a reply still says whom it answers.
  await expect(
    thread.locator('article').filter({ has: page.getByText('Level 10 of the chain', { exact: true }) }),
  ).toContainText('↳ in reply to Maja Lind');
  for (const level of [2, 5, 9])
    await expect(thread.getByText(`Level ${level} of the chain`, { exact: true })).toHaveCount(1);
});

test('a broken file is named in a plain error and imports nothing', async ({ app }) => {
  const page = app.page;
  const dialog = await importFile(page, join(fixtures, 'wxr-unclosed-item.xml'));
  await expect(dialog.getByRole('heading', { name: 'Nothing was imported' })).toBeVisible();
  await expect(dialog.getByRole('alert')).toContainText('wxr-unclosed-item.xml');

  const binary = join(tmpdir(), `kanal-e2e-binary-${process.pid}.xml`);
  writeFileSync(binary, Buffer.from([0x00, 0xff, 0xfe, 0x13, 0x37, 0x00, 0x89, 0x50, 0x4e, 0x47]));
  await dialog.getByRole('button', { name: 'Import more' }).click();
  await dialog.locator('input[type=file]').setInputFiles(binary);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: 'Nothing was imported' })).toBeVisible();
  await expect(dialog.getByRole('alert')).toContainText(/kanal-e2e-binary-\d+\.xml/);
  await dialog.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('tab', { name: /^Comments/ }).click();
  await expect(page.getByText('No comments imported yet.', { exact: false })).toBeVisible();
});

test('a thread can be linked to another post and deleted', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'New post', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Mitt eget inlägg');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  const dialog = await importFile(page, join(fixtures, 'pasted-sv-doubled.txt'));
  await dialog.getByRole('button', { name: 'Open thread' }).click();
  const linked = page.getByRole('combobox', { name: 'Linked post' });
  await linked.selectOption({ label: 'Mitt eget inlägg' });
  await expect(page.getByRole('complementary').getByText('Post: Mitt eget inlägg')).toBeVisible();

  await page.getByRole('tab', { name: /^Posts/ }).click();
  await page.getByRole('option', { name: 'Mitt eget inlägg', exact: true }).click();
  await expect(page.getByRole('button', { name: '7 comments, 7 need a reply' })).toBeVisible();
  await page.getByRole('button', { name: '7 comments, 7 need a reply' }).click();

  await page.getByRole('button', { name: 'Delete thread' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.getByRole('heading', { name: 'No comment threads yet' })).toBeVisible();
  await expect(page.getByRole('complementary').getByText('No comments imported yet.', { exact: false })).toBeVisible();
});

test('the desktop menu and dropped files open the import', async ({ app }) => {
  const page = app.page;
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('kanal:menu', { detail: 'paste' })));
  const dialog = page.getByRole('dialog', { name: 'Import comments' });
  await expect(dialog.getByRole('tab', { name: 'Paste comments' })).toHaveAttribute('aria-selected', 'true');
  await expect(dialog.getByLabel('Pasted comments')).toBeFocused();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.evaluate(() => {
    const files = new DataTransfer();
    files.items.add(
      new File(['1 thought on “Släppt”\n\n 1. Anna says:\n  Hej!\n'], 'dropped.txt', { type: 'text/plain' }),
    );
    window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: files }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: files, cancelable: true }));
  });
  await expect(dialog.getByText('dropped.txt', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: '1 thread imported' })).toBeVisible();
});

test('in Swedish the summary, counts and dates read naturally, and importing again says nothing is new', async ({
  app,
}) => {
  const page = app.page;
  await switchToSwedish(page);

  const dialog = await openSwedishImport(page);
  await expect(dialog.getByText('Ingen fil vald än.')).toBeVisible();
  await dialog.locator('input[type=file]').setInputFiles(join(fixtures, 'pasted-sv-doubled.txt'));
  await expect(dialog.getByText('pasted-sv-doubled.txt', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Importera', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: '1 tråd importerad' })).toBeVisible();
  await expect(dialog.getByText(/7 kommentarer · 7 nya · 7 behöver svar/)).toBeVisible();
  await expect(dialog.getByText('7 dubbletter', { exact: true })).toBeVisible();
  await expect(dialog.getByText(/^Nytt inlägg skapat/)).toBeVisible();

  await dialog.getByRole('button', { name: 'Importera mer' }).click();
  await dialog.locator('input[type=file]').setInputFiles(join(fixtures, 'pasted-sv-doubled.txt'));
  await dialog.getByRole('button', { name: 'Importera', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: 'Inget nytt: kommentarerna fanns redan i Kanal' })).toBeVisible();
  await expect(dialog.getByText(/7 kommentarer · 0 nya · 7 behöver svar/)).toBeVisible();

  await dialog.getByRole('button', { name: 'Importera mer' }).click();
  await dialog.locator('input[type=file]').setInputFiles(join(fixtures, 'wxr-threads.xml'));
  await dialog.getByRole('button', { name: 'Importera', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: /trådar importerade$/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Klar' }).click();

  await page.getByRole('tab', { name: /^Kommentarer/ }).click();
  await page
    .getByRole('complementary')
    .getByRole('button', { name: /^Threads, ten levels deep/ })
    .click();
  const thread = page.getByRole('region', { name: 'Kommentarer', exact: true });
  await expect(thread.locator('time').first()).toHaveText(
    /^\d{1,2} (jan|feb|mars|apr|maj|juni|juli|aug|sep|okt|nov|dec)\.? \d{4} \d{2}:\d{2}$/,
  );
  await expect(page.getByText('18 kommentarer, 10 behöver svar', { exact: true })).toBeVisible();
});
