import { expect, test } from './fixtures';
import { announced, entry, expectWaiting, importFixture, openQueue, POST_TITLE, queueList } from './replyHelpers';

const AUTHORS_NEWEST_FIRST = [
  'Eva Berg',
  'Ahmed Yusuf',
  'Lena Ström',
  'Per Nilsson',
  'Åsa Lindqvist',
  'Jonas Ek',
  'Maria Holm',
];

test('the queue lists every waiting comment with its author, date, post and what it answers, in either order and filtered', async ({
  app,
}) => {
  const page = app.page;
  await importFixture(page);
  await expectWaiting(page, 7);
  await openQueue(page);
  const list = queueList(page);
  await expect(list.getByRole('article')).toHaveCount(7);
  for (const [index, author] of AUTHORS_NEWEST_FIRST.entries()) {
    await expect(list.getByRole('article').nth(index)).toHaveAccessibleName(`${author} on “${POST_TITLE}”`);
  }
  const eva = entry(page, 'Eva Berg');
  await expect(eva.locator('time')).toHaveText('Mar 16, 2024, 9:05 PM');
  await expect(eva).toContainText('Hur snabbt tycker du att man bör svara på ett klagomål?');
  const lena = entry(page, 'Lena Ström');
  await expect(lena.locator('.queue-quote')).toContainText('In reply to Åsa Lindqvist:');
  await expect(lena.locator('.queue-quote q')).toHaveText(/^Jag saknar E2C i genomgången\. /);
  await expect(entry(page, 'Eva Berg').getByText('In reply to', { exact: false })).toHaveCount(0);
  for (const name of ['Reply', 'No reply needed', 'Mark as mine', 'Show in thread']) {
    await expect(eva.getByRole('button', { name, exact: true })).toBeVisible();
  }

  const filters = page.getByRole('complementary', { name: 'Reply queue' });
  await filters.getByRole('combobox', { name: 'Order' }).selectOption({ label: 'Oldest first' });
  await expect(list.getByRole('article').first()).toHaveAccessibleName(`Maria Holm on “${POST_TITLE}”`);
  await expect(list.getByRole('article').last()).toHaveAccessibleName(`Eva Berg on “${POST_TITLE}”`);

  // The import tagged the new post with the channels its text names (C2B, E2C).
  await filters.getByRole('combobox', { name: 'Channel of the post' }).selectOption({ label: 'B2B' });
  await expect(page.getByText('No waiting comment matches these choices.')).toBeVisible();
  await filters.getByRole('combobox', { name: 'Channel of the post' }).selectOption({ label: 'C2B' });
  await expect(list.getByRole('article')).toHaveCount(7);
  await filters.getByRole('combobox', { name: 'Post', exact: true }).selectOption({ label: `${POST_TITLE} (7)` });
  await filters.getByRole('combobox', { name: 'Thread' }).selectOption({ label: `${POST_TITLE} (7)` });
  await expect(list.getByRole('article')).toHaveCount(7);
  await filters.getByRole('button', { name: 'Show every waiting comment' }).click();
  await expect(filters.getByRole('combobox', { name: 'Channel of the post' })).toHaveValue('');
  await expect(list.getByRole('article').first()).toHaveAccessibleName(`Maria Holm on “${POST_TITLE}”`);
});

test('answered by mouse and by keyboard, a mark undone and made again, a draft through a reload and all of it through a restart', async ({
  app,
}) => {
  test.setTimeout(90_000);
  let page = app.page;
  await importFixture(page);
  await openQueue(page);
  await expectWaiting(page, 7);

  // By mouse.
  await entry(page, 'Eva Berg').getByRole('button', { name: 'Reply', exact: true }).click();
  const body = page.getByRole('textbox', { name: 'Reply body' });
  await expect(body).toBeFocused();
  await page.keyboard.type('Samma dag om det går, och alltid inom ett dygn.');
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(announced(page)).toHaveText('Reply finished');
  await expectWaiting(page, 6);
  await expect(entry(page, 'Eva Berg')).toHaveCount(0);

  // By keyboard: the next comment has moved up and has the focus.
  const ahmed = entry(page, 'Ahmed Yusuf');
  await expect(ahmed).toBeFocused();
  await page.keyboard.press('r');
  await expect(body).toBeFocused();
  await page.keyboard.type('Tack Ahmed, vad roligt!');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(announced(page)).toHaveText('Reply finished');
  await expectWaiting(page, 5);

  // "No reply needed", taken back with u, and made again with its button.
  await expect(entry(page, 'Lena Ström')).toBeFocused();
  await page.keyboard.press('n');
  await expect(announced(page)).toHaveText('Marked as no reply needed. Press u to undo.');
  await expectWaiting(page, 4);
  await expect(entry(page, 'Lena Ström')).toHaveCount(0);
  await page.keyboard.press('u');
  await expect(announced(page)).toHaveText('Undone: Marked as no reply needed');
  await expectWaiting(page, 5);
  await expect(entry(page, 'Lena Ström')).toBeFocused();
  await entry(page, 'Lena Ström').getByRole('button', { name: 'No reply needed' }).click();
  await expectWaiting(page, 4);

  // Reloaded mid-word: the draft is there.
  await entry(page, 'Per Nilsson').getByRole('button', { name: 'Reply', exact: true }).click();
  await expect(body).toBeFocused();
  await page.keyboard.type('Ja, det gör Kanal: allt som väntar på svar står');
  await page.reload();
  await openQueue(page);
  await expectWaiting(page, 4);
  await expect(entry(page, 'Per Nilsson').getByText('Draft reply saved')).toBeVisible();
  await entry(page, 'Per Nilsson').getByRole('button', { name: 'Reply', exact: true }).click();
  await expect(body).toHaveText('Ja, det gör Kanal: allt som väntar på svar står');
  await page.keyboard.type(' här.');
  await expect(entry(page, 'Per Nilsson').getByText('Saved', { exact: true })).toBeVisible();

  // A new server on the same library, and a new window: all of it is still there.
  page = await app.restart();
  await expectWaiting(page, 4);
  await openQueue(page);
  await expect(queueList(page).getByRole('article')).toHaveCount(4);
  await entry(page, 'Per Nilsson').getByRole('button', { name: 'Reply', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Reply body' })).toHaveText(
    'Ja, det gör Kanal: allt som väntar på svar står här.',
  );
  await entry(page, 'Per Nilsson').getByRole('button', { name: 'Show in thread' }).click();

  const thread = page.getByRole('region', { name: 'Comments', exact: true });
  await expect(entry(page, 'Per Nilsson')).toBeFocused();
  // In the thread's order: each reply right under the comment it answers.
  const replies = thread.getByRole('article', { name: 'Your reply' });
  await expect(replies).toHaveCount(2);
  await expect(replies.first()).toContainText('Tack Ahmed, vad roligt!');
  await expect(replies.last()).toContainText('Samma dag om det går, och alltid inom ett dygn.');
  await expect(thread.getByRole('article').nth(6)).toHaveAccessibleName('Ahmed Yusuf');
  await expect(thread.getByRole('article').nth(7)).toHaveAccessibleName('Your reply');
  await expect(thread.getByRole('article', { name: 'Your draft reply' })).toContainText(
    'Ja, det gör Kanal: allt som väntar på svar står här.',
  );
  await expect(entry(page, 'Lena Ström').getByText('No reply needed', { exact: true })).toBeVisible();
  await expect(entry(page, 'Lena Ström').getByRole('button', { name: 'Needs a reply after all' })).toBeVisible();
});

test('a deleted reply comes back with Undo, and the comment waits again in between', async ({ app }) => {
  const page = app.page;
  await importFixture(page);
  await openQueue(page);
  await entry(page, 'Maria Holm').getByRole('button', { name: 'Reply', exact: true }).click();
  await page.keyboard.type('Vi turas om, en helg var.');
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expectWaiting(page, 6);

  await page.getByRole('tab', { name: /^Comments/ }).click();
  await page
    .getByRole('complementary')
    .getByRole('button', { name: new RegExp(`^${POST_TITLE}`) })
    .click();
  const reply = page.getByRole('article', { name: 'Your reply' });
  await expect(reply).toContainText('Vi turas om, en helg var.');
  await reply.getByRole('button', { name: 'Delete reply' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Reply deleted' })).toBeVisible();
  await expect(reply).toHaveCount(0);
  await expectWaiting(page, 7);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(reply).toContainText('Vi turas om, en helg var.');
  await expect(announced(page)).toHaveText('Reply restored');
  await expectWaiting(page, 6);
});
