import { expect, test } from './fixtures';

test('an empty library offers the first steps instead of blank space', async ({ app }) => {
  const page = app.page;
  await expect(page.getByRole('heading', { name: 'Nothing written yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Bring in comments from your blog' }).click();
  await expect(page.getByRole('dialog', { name: 'Import comments' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

  await page.getByRole('tab', { name: /^Comments/ }).click();
  await expect(page.getByRole('heading', { name: 'No comment threads yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Paste from a web page…' }).click();
  await expect(page.getByRole('dialog', { name: 'Import comments' }).getByLabel('Pasted comments')).toBeFocused();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

  await page.getByRole('tab', { name: /^Posts/ }).click();
  await page.getByRole('button', { name: 'Write your first post' }).click();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toBeFocused();
});

test('the list follows the writing: newest change first, title, status, channels, words and time', async ({ app }) => {
  const page = app.page;
  const list = page.getByRole('listbox', { name: 'Posts' });
  for (const title of ['Äldre inlägg', 'Nyare inlägg']) {
    await page.getByRole('button', { name: 'New post', exact: true }).click();
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  }
  await expect(list.getByRole('option').first()).toContainText('Nyare inlägg');

  // Writing in the older post brings it to the top, with its new words, status and channel, without a reload.
  await list.getByRole('option', { name: 'Äldre inlägg', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Äldre inlägg, omdöpt');
  await page.getByRole('textbox', { name: 'Post body' }).click();
  await page.keyboard.type('Fyra ord i texten.');
  await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('ready');
  await page.getByRole('checkbox', { name: 'B2C', exact: true }).check();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await expect(list.getByRole('option').first()).toHaveAccessibleName('Äldre inlägg, omdöpt');
  const top = list.locator('li').first();
  await expect(top).toContainText('Ready');
  await expect(top).toContainText('B2C');
  await expect(top).toContainText('4 words');
  await expect(top.locator('time')).toHaveAttribute('title', /^Last changed /);
  await expect(page.getByText('Body: 4 words, 18 characters', { exact: true })).toBeVisible();

  // A channel no post has says so and offers the way back.
  await page.getByRole('combobox', { name: 'Filter by channel' }).selectOption({ label: 'E2E' });
  await expect(page.getByText('No post is tagged E2E yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Show all posts' }).click();
  await expect(list.getByRole('option')).toHaveCount(2);

  // Deleting says which post went, and Undo brings it back.
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('Post deleted: “Äldre inlägg, omdöpt”')).toBeVisible();
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toBeFocused();
  // The toast's colours are inverted; its button must still show its label.
  expect(
    await undo.evaluate((button) => getComputedStyle(button).color !== getComputedStyle(button).backgroundColor),
  ).toBe(true);
  await page.keyboard.press('Enter');
  await expect(list.getByRole('option', { name: 'Äldre inlägg, omdöpt', exact: true })).toBeVisible();
});

test('a long title wraps instead of hiding its end, and pasted line breaks become spaces', async ({ app }) => {
  const page = app.page;
  await page.setViewportSize({ width: 800, height: 700 });
  await page.getByRole('button', { name: 'New post', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Post body' })).toBeVisible();
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  await title.fill(
    'En mycket lång rubrik om kommunikationsvägar mellan företag, konsumenter och anställda i sociala medier',
  );
  const box = await title.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(60);
  expect(await title.evaluate((field) => field.scrollWidth <= field.clientWidth)).toBe(true);
  await title.fill('');
  await page.keyboard.insertText('Rad ett\nrad två');
  await expect(title).toHaveValue('Rad ett rad två');
});

// Where word rules differ between runtimes (Node's ICU and Chromium's split several of these differently).
const trickyLines = [
  'Se t.ex. bl.a. sidan example.com eller https://example.se/sok?q=ord&lang=sv.',
  'Skriv till anna.svensson@example.se, e-post före kl. 10.30; räntan är 3,5 % (pi 3.14).',
  "Don't stop: it's O’Brien’s well-known C2B-kanal 👋🏽 🇸🇪 👩‍💻.",
  '日本語の文章、中文字符 och 한국어 문장.',
];
// 7 + 12 + 6 + 13, by the one word rule every runtime follows.
const trickyWords = 38;

test('the editor, the list and the export count the same words, also after a restart', async ({ app }) => {
  let page = app.page;
  await page.getByRole('button', { name: 'New post', exact: true }).click();
  await page.keyboard.type('Förkortningar');
  await page.keyboard.press('Enter');
  for (const [index, line] of trickyLines.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
  await expect(page.getByText(/^Body: /)).toHaveText(new RegExp(`^Body: ${trickyWords} words, `));
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Förkortningar', exact: true })).toHaveAccessibleDescription(
    new RegExp(`${trickyWords} words`),
  );

  await page.getByRole('button', { name: /^Export/ }).click();
  const html = await app.exportedText(() => page.getByRole('dialog').getByRole('button', { name: 'Save' }).click());
  const structuredData = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}';
  expect((JSON.parse(structuredData) as { wordCount?: unknown }).wordCount).toBe(trickyWords);

  page = await app.restart();
  await expect(page.getByRole('option', { name: 'Förkortningar', exact: true })).toHaveAccessibleDescription(
    new RegExp(`${trickyWords} words`),
  );
  await page.getByRole('option', { name: 'Förkortningar', exact: true }).click();
  await expect(page.getByText(/^Body: /)).toHaveText(new RegExp(`^Body: ${trickyWords} words, `));
});
