import { expect, test } from './fixtures';

const FIRST = 'Kanaler mellan företag och kunder';
const SECOND = 'Kanaler mellan företag och anställda som lyssnar';
const THIRD = `${SECOND} varje dag`;
const SIX_MINUTES = 6 * 60_000;

test('a post’s history shows its versions and their changes, and an older one comes back to stay', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'New post', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Historik');
  const body = page.getByRole('textbox', { name: 'Post body' });
  const listed = page.getByRole('option', { name: 'Historik', exact: true }).locator('xpath=..');

  await body.fill(FIRST);
  await expect(listed).toContainText('5 words');
  // Minutes pass before the author changes the text: the change is kept as a version of its own.
  app.advanceClock(SIX_MINUTES);
  await body.fill(SECOND);
  await expect(listed).toContainText('7 words');
  // Writing on at once is no new version: this text is only the current one.
  await body.fill(THIRD);
  await expect(listed).toContainText('9 words');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'History', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'History' });
  const versions = dialog.getByRole('list', { name: 'Earlier versions' }).getByRole('button');
  await expect(versions).toHaveCount(2);
  await expect(versions.nth(0)).toContainText('+3 / −1');
  await expect(versions.nth(1)).toContainText('+5 / −0');

  await versions.nth(1).click();
  await expect(versions.nth(1)).toHaveAttribute('aria-pressed', 'true');
  const differences = dialog.getByRole('region', { name: 'Changes since this version' });
  await expect(differences.locator('del')).toHaveText(['kunder']);
  await expect(differences.locator('ins')).toHaveText([/anställda som lyssnar varje dag/]);
  await expect(differences).toHaveText(/Kanaler mellan företag och\s*kunder\s*anställda som lyssnar varje dag/);

  await dialog.getByRole('button', { name: 'Restore this version' }).click();
  await expect(dialog).toBeHidden();
  await expect(body).toHaveText(FIRST);
  await expect(listed).toContainText('5 words');

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Post body' })).toHaveText(FIRST);
  await page.getByRole('button', { name: 'History', exact: true }).click();
  // The text the restore replaced is a version now too.
  await expect(versions).toHaveCount(3);
  await expect(versions.nth(0)).toContainText('Before a restore');
  await versions.nth(0).click();
  await expect(differences.locator('del')).toHaveText([/anställda som lyssnar varje dag/]);
});
