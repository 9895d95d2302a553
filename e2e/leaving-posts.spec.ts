import { expect, test } from './fixtures';

const posts = (page: import('@playwright/test').Page) => page.getByRole('listbox', { name: 'Posts' });

test('a new post left without a word is not kept as “Untitled”', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'New post', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Kvar');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'New post', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('');
  await expect(posts(page).getByRole('option', { name: 'Untitled', exact: true })).toHaveCount(1);
  await posts(page).getByRole('option', { name: 'Kvar', exact: true }).click();
  await expect(posts(page).getByRole('option', { name: 'Untitled', exact: true })).toHaveCount(0);
  await expect(posts(page).getByRole('option')).toHaveCount(1);

  // One with words in it stays, title or not.
  await page.getByRole('button', { name: 'New post', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).press('Enter');
  await page.keyboard.type('Bara text.');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await posts(page).getByRole('option', { name: 'Kvar', exact: true }).click();
  await expect(posts(page).getByRole('option', { name: 'Untitled', exact: true })).toHaveCount(1);

  const restarted = await app.restart();
  await expect(posts(restarted).getByRole('option')).toHaveCount(2);
});

test('after a reload the post that was open is open again, the caret where it was', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'New post', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Annat inlägg');
  await page.getByRole('button', { name: 'New post', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Pågående');
  const body = page.getByRole('textbox', { name: 'Post body' });
  await body.click();
  await page.keyboard.type('Början och slutet.');
  // The caret goes back before " och".
  for (let i = 0; i < ' och slutet.'.length; i += 1) await page.keyboard.press('ArrowLeft');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Pågående');
  await expect(posts(page).getByRole('option', { name: 'Pågående', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByRole('textbox', { name: 'Post body' })).toBeFocused();
  await page.keyboard.type(' i mitten');
  await expect(page.getByRole('textbox', { name: 'Post body' })).toHaveText('Början i mitten och slutet.');
});
