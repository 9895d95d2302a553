import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, projectRoot, test } from './fixtures';

const fixtures = join(projectRoot, 'tests', 'fixtures');
const png = join(fixtures, 'tiny.png');
const fakePng = join(fixtures, 'not-a-picture.png');
const IMAGE_PATH = /images\/[0-9a-f]{64}\.png/;

test('a picture inserted from a file shows in the post, keeps its alt text after a reload and exports beside the page', async ({
  app,
}) => {
  let page = app.page;
  await page.getByRole('button', { name: 'New post', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Bilder i inlägg');
  const body = page.getByRole('textbox', { name: 'Post body' });
  await body.click();
  await page.keyboard.type('Före bilden.');

  // "Insert picture…" is one of the toolbar's buttons and opens the file chooser.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar').getByRole('button', { name: 'Insert picture…', exact: true }).click();
  await (await chooser).setFiles(png);
  const picture = body.locator('img');
  await expect(picture).toHaveCount(1);
  // Loaded from the app's own origin, never as a data: URL.
  await expect(picture).toHaveAttribute('src', /^\/images\/[0-9a-f]{64}\.png/);
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(2);

  await picture.click();
  await page.getByRole('textbox', { name: 'Alt text' }).fill('En röd ruta');
  await expect(picture).toHaveAttribute('alt', 'En röd ruta');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  page = await app.restart();
  await page.getByRole('option', { name: 'Bilder i inlägg', exact: true }).click();
  const reopened = page.getByRole('textbox', { name: 'Post body' }).locator('img');
  await expect(reopened).toHaveAttribute('alt', 'En röd ruta');
  await expect.poll(() => reopened.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(2);

  await page.getByRole('button', { name: /^Export/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const html = await app.exportedText(() => dialog.getByRole('button', { name: 'Save' }).click());
  expect(html).toMatch(new RegExp(`<img src="${IMAGE_PATH.source}" alt="En röd ruta" />`));
  expect(html).not.toContain('kanal-image:');
  expect(html).not.toContain('data:image');

  await page.getByRole('button', { name: /^Export/ }).click();
  await dialog.getByRole('checkbox', { name: 'Embed pictures' }).check();
  const embedded = await app.exportedText(() => dialog.getByRole('button', { name: 'Save' }).click());
  const base64 = readFileSync(png).toString('base64');
  expect(embedded).toContain(`<img src="data:image/png;base64,${base64}" alt="En röd ruta" />`);
});

test('a picture pasted from the clipboard goes into the post, and a text file named .png is refused', async ({
  app,
}) => {
  const page = app.page;
  await page.getByRole('button', { name: 'New post', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Klistrad bild');
  const body = page.getByRole('textbox', { name: 'Post body' });
  await body.click();
  await page.keyboard.type('Här:');

  const bytes = [...readFileSync(png)];
  await body.evaluate((element, data) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(data)], 'clip.png', { type: 'image/png' }));
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, bytes);
  await expect(body.locator('img')).toHaveCount(1);
  await expect(body.locator('img')).toHaveAttribute('src', /^\/images\/[0-9a-f]{64}\.png/);

  await page.getByLabel('Picture file').setInputFiles(fakePng);
  await expect(page.getByRole('alert')).toHaveText(
    '“not-a-picture.png” is not a picture: by its content it is none of PNG, JPEG, GIF, WebP or AVIF.',
  );
  await expect(body.locator('img')).toHaveCount(1);
});
