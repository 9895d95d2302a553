import { expect, test } from '@playwright/test';
import { smallDiskUnavailable, startOnSmallDisk, type SmallDiskHost } from './smallDisk';

const unavailable = smallDiskUnavailable();
if (unavailable) console.log(`full-disk.spec: skipped, ${unavailable}`);

// A paragraph of about 8 kB whose first words say which one it is.
const paragraph = (n: number): string =>
  `Stycke ${n} börjar här. ${`ord${n} `.repeat(1300).trim()} Stycke ${n} slutar här.`;

test('a full disk is said in words, nothing is called saved, and every word is saved once there is room', async ({
  browser,
}) => {
  test.skip(unavailable !== null, unavailable ?? '');
  test.setTimeout(120_000);
  let host: SmallDiskHost | null = null;
  try {
    host = await startOnSmallDisk(2048);
    const folder = host.dataFile.replace(/\/[^/]+$/, '');
    // Everything but 48 kB is taken by a filler file the author can delete.
    host.shell(
      `head -c 49152 /dev/zero > ${folder}/slack && (dd if=/dev/zero of=${folder}/filler bs=4096 2>/dev/null || true) && rm ${folder}/slack`,
    );

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByRole('button', { name: 'New post', exact: true }).click();
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Full disk');
    const body = page.getByRole('textbox', { name: 'Post body' });
    await body.click();
    const diskFull = page.getByText(/^The disk is full/);

    let typed = 0;
    while (!(await diskFull.isVisible())) {
      expect(typed, 'the disk never filled up').toBeLessThan(30);
      await page.keyboard.insertText(paragraph(++typed));
      await page.keyboard.press('Enter');
      await diskFull.waitFor({ timeout: 3000 }).catch(() => undefined);
    }
    // Words typed while the disk is full are kept too.
    await page.keyboard.insertText(paragraph(++typed));
    await expect(diskFull).toBeVisible();
    await expect(page.getByText('Saved', { exact: true })).toHaveCount(0);

    host.shell(`rm ${folder}/filler`);
    await expect(page.getByText('Saved', { exact: true })).toBeVisible({ timeout: 40_000 });
    await expect(diskFull).toHaveCount(0);
    await context.close();

    // A fresh page has no copy of its own in the browser: what it shows is what the library holds.
    const fresh = await (await browser.newContext()).newPage();
    await fresh.goto(host.url);
    await fresh.getByRole('option', { name: 'Full disk', exact: true }).click();
    const text = (await fresh.getByRole('textbox', { name: 'Post body' }).innerText()).replace(/\s+/g, ' ');
    for (let n = 1; n <= typed; n++) expect(text).toContain(paragraph(n));
    const onDisk = host.shell(`cat ${folder}/kanal.posts/*.json`);
    for (let n = 1; n <= typed; n++) expect(onDisk).toContain(paragraph(n));
    console.log(
      `full-disk.spec: the disk filled after ${typed - 1} paragraphs of ~8 kB; all ${typed} saved once freed`,
    );
  } finally {
    await host?.stop();
  }
});
