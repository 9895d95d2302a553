import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { tabTo } from './replyHelpers';

const posts = (page: Page) => page.getByRole('listbox', { name: 'Posts' });

const write = async (page: Page, title: string) => {
  await page.getByRole('button', { name: 'New post', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
};

test('closing any dialog gives the focus back to the button that opened it', async ({ app }) => {
  const page = app.page;
  const cases: { opener: string; dialog: string; close: 'Escape' | 'Close'; tab?: RegExp }[] = [
    { opener: 'Settings', dialog: 'Settings', close: 'Escape' },
    { opener: 'Import comments', dialog: 'Import comments', close: 'Close' },
    { opener: 'Manage channels', dialog: 'Manage channels', close: 'Escape' },
    { opener: 'Manage saved replies…', dialog: 'Saved replies', close: 'Close', tab: /^Needs reply/ },
    { opener: 'Keyboard shortcuts', dialog: 'Keyboard shortcuts', close: 'Escape', tab: /^Needs reply/ },
  ];
  for (const { opener, dialog, close, tab } of cases) {
    if (tab) await page.getByRole('tab', { name: tab }).click();
    // The header's and the queue's own buttons, not the same names inside the open post or thread.
    const button = (tab ? page.getByRole('complementary') : page.getByRole('banner'))
      .getByRole('button', { name: opener, exact: true })
      .first();
    await button.focus();
    await page.keyboard.press('Enter');
    const open = page.getByRole('dialog', { name: dialog });
    await expect(open).toBeVisible();
    if (close === 'Escape') await page.keyboard.press('Escape');
    else await open.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(open).toHaveCount(0);
    await expect(button, `focus after closing ${dialog}`).toBeFocused();
  }
});

test('the post list is one tab stop, moved with the arrow keys, opened with Enter, deleted with Delete', async ({
  app,
}) => {
  const page = app.page;
  for (const title of ['Tredje', 'Andra', 'Första']) await write(page, title);
  const list = posts(page);
  await expect(list.getByRole('option')).toHaveText([/^Första/, /^Andra/, /^Tredje/]);

  // Tab reaches the open post, and the next Tab leaves the list.
  await tabTo(page, list.getByRole('option', { name: 'Första', exact: true }));
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('option', { name: 'Andra', exact: true })).toBeFocused();
  await page.keyboard.press('End');
  await expect(list.getByRole('option', { name: 'Tredje', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('option', { name: 'Tredje', exact: true })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(list.getByRole('option', { name: 'Första', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Delete', exact: true })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(list.getByRole('option', { name: 'Andra', exact: true })).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Andra');
  await expect(list.getByRole('option', { name: 'Andra', exact: true })).toHaveAttribute('aria-selected', 'true');

  await list.getByRole('option', { name: 'Tredje', exact: true }).focus();
  await page.keyboard.press('Delete');
  await expect(page.getByText('Post deleted: “Tredje”')).toBeVisible();
  await expect(list.getByRole('option')).toHaveCount(2);
  await page.getByText('Post deleted: “Tredje”').locator('..').getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('option', { name: 'Tredje', exact: true })).toBeVisible();
});

test('a list longer than the screen reaches every post by keyboard: End, then Enter, opens the oldest', async ({
  app,
}) => {
  const count = 120;
  const page = app.page;
  // Made through the host's own contract: typing a hundred posts would make the test about typing.
  await page.evaluate(async (total) => {
    const token = sessionStorage.getItem('kanal.token') ?? '';
    for (let made = 1; made <= total; made++) {
      await fetch('/api/posts.create', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-kanal-token': token },
        body: JSON.stringify({ title: `Inlägg ${made}` }),
      });
    }
  }, count);
  await page.reload();
  const list = posts(page);
  const newest = list.getByRole('option', { name: `Inlägg ${count}`, exact: true });
  await expect(newest).toHaveAttribute('aria-posinset', '1');
  await expect(newest).toHaveAttribute('aria-setsize', String(count));
  // Only the rows near the view are in the page.
  expect(await list.getByRole('option').count()).toBeLessThan(count / 2);

  await tabTo(page, newest);
  await page.keyboard.press('End');
  const oldest = list.getByRole('option', { name: 'Inlägg 1', exact: true });
  await expect(oldest).toBeFocused();
  await expect(oldest).toBeInViewport();
  await expect(oldest).toHaveAttribute('aria-posinset', String(count));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Inlägg 1');

  await list.getByRole('option', { name: 'Inlägg 1', exact: true }).focus();
  await page.keyboard.press('Home');
  await expect(newest).toBeFocused();
  await expect(newest).toBeInViewport();
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('option', { name: `Inlägg ${count - 1}`, exact: true })).toBeFocused();
});
