import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPictureServer } from '../tests/helpers/pictureServer';
import { expect, importFixtures, projectRoot, test } from './fixtures';
import { importThroughDialog } from './importDialog';

const png = readFileSync(join(projectRoot, 'tests', 'fixtures', 'tiny.png'));

test('a picture on the web in an imported post stays a link until "Download pictures" brings it into the post', async ({
  app,
}) => {
  const server = await startPictureServer({
    '/katt.png': (_request, response) => response.writeHead(200, { 'content-type': 'image/png' }).end(png),
  });
  const folder = mkdtempSync(join(tmpdir(), 'kanal-e2e-pictures-'));
  try {
    // The export as the blog gave it, pointing at the blog's own server.
    const wxr = join(folder, 'bildbloggen.xml');
    const fixture = readFileSync(join(importFixtures, 'wxr-web-picture.xml'), 'utf8');
    writeFileSync(wxr, fixture.replaceAll('{{pictures}}', server.url('')));

    let page = app.page;
    const dialog = await importThroughDialog(page, wxr, '1 thread imported');
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    await page.getByRole('option', { name: /Katten på trappan/ }).click();

    const body = page.getByRole('textbox', { name: 'Post body' });
    const link = body.getByRole('link', { name: 'En katt på trappan', exact: true });
    await expect(link).toHaveAttribute('href', server.url('/katt.png'));
    await expect(body.locator('img')).toHaveCount(0);
    await expect(body).toContainText('Hon satt där hela morgonen.');
    // Importing and opening the post fetched nothing.
    expect(server.requests).toEqual([]);

    const button = page.getByRole('button', { name: 'Download pictures', exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    const picture = body.locator('img');
    await expect(picture).toHaveCount(1);
    await expect(picture).toHaveAttribute('src', /^\/images\/[0-9a-f]{64}\.png/);
    await expect(picture).toHaveAttribute('alt', 'En katt på trappan');
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(2);
    await expect(body.getByRole('link')).toHaveCount(0);
    await expect(page.locator('[data-announcer]')).toHaveText('The picture was downloaded.');
    await expect(page.getByRole('tabpanel', { name: 'Posts' }).getByText('The picture was downloaded.')).toBeVisible();
    // With no picture links left, the button goes.
    await expect(button).toHaveCount(0);
    await expect(body).toContainText('Sedan gick hon in.');
    expect(server.requests).toEqual(['/katt.png']);

    page = await app.restart();
    await page.getByRole('option', { name: /Katten på trappan/ }).click();
    const reopened = page.getByRole('textbox', { name: 'Post body' }).locator('img');
    await expect(reopened).toHaveAttribute('alt', 'En katt på trappan');
    await expect(reopened).toHaveAttribute('src', /^\/images\/[0-9a-f]{64}\.png/);
    await expect.poll(() => reopened.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(2);
    await expect(page.getByRole('button', { name: 'Download pictures', exact: true })).toHaveCount(0);
    expect(server.requests).toEqual(['/katt.png']);
  } finally {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a picture pasted from a web page becomes a picture link too, fetched only when the author asks', async ({
  app,
}) => {
  const server = await startPictureServer({
    '/hund.png': (_request, response) => response.writeHead(200, { 'content-type': 'image/png' }).end(png),
  });
  try {
    const page = app.page;
    await page.getByRole('button', { name: 'New post', exact: true }).click();
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Hunden i parken');
    const body = page.getByRole('textbox', { name: 'Post body' });
    await body.click();
    await page.keyboard.type('Här är den:');
    const copied = `<p>Vår hund <img src="${server.url('/hund.png')}" alt="En hund i parken"> springer.</p>`;
    await body.evaluate((element, html) => {
      const transfer = new DataTransfer();
      transfer.setData('text/html', html);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, copied);

    const link = body.getByRole('link', { name: 'En hund i parken', exact: true });
    await expect(link).toHaveAttribute('href', server.url('/hund.png'));
    await expect(body.locator('img')).toHaveCount(0);
    expect(server.requests).toEqual([]);

    await page.getByRole('button', { name: 'Download pictures', exact: true }).click();
    const picture = body.locator('img');
    await expect(picture).toHaveAttribute('src', /^\/images\/[0-9a-f]{64}\.png/);
    await expect(picture).toHaveAttribute('alt', 'En hund i parken');
    await expect(body).toContainText('Här är den:');
    expect(server.requests).toEqual(['/hund.png']);
  } finally {
    await server.close();
  }
});
