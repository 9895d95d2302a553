import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { announced, entry, expectWaiting, queueTab, SVARA_I_TID, tabTo } from './replyHelpers';

test('the whole journey with the keyboard alone: import, move, reply, finish, mark, undo, leave, the shortcuts and the thread', async ({
  app,
}) => {
  test.setTimeout(90_000);
  const page = app.page;
  // Import by pasting the page's text.
  await tabTo(page, page.getByRole('button', { name: 'Import comments', exact: true }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Import comments' });
  await tabTo(page, dialog.getByRole('tab', { name: 'Files' }), 'Shift+Tab');
  await page.keyboard.press('ArrowRight');
  await tabTo(page, dialog.getByLabel('Pasted comments'));
  await page.keyboard.insertText(readFileSync(SVARA_I_TID, 'utf8'));
  await tabTo(page, dialog.getByRole('button', { name: 'Import', exact: true }));
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('heading', { name: '1 thread imported' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // To the queue through the section tabs.
  await tabTo(page, page.getByRole('tab', { name: 'Posts' }));
  await page.keyboard.press('ArrowLeft');
  await expect(queueTab(page)).toBeFocused();
  await expect(queueTab(page)).toHaveAttribute('aria-selected', 'true');
  await expectWaiting(page, 7);

  // j comes to the first comment, then moves on; k goes back.
  await page.keyboard.press('j');
  await expect(entry(page, 'Eva Berg')).toBeFocused();
  await page.keyboard.press('j');
  await expect(entry(page, 'Ahmed Yusuf')).toBeFocused();
  await page.keyboard.press('k');
  await expect(entry(page, 'Eva Berg')).toBeFocused();

  // r writes, Ctrl+Enter (Cmd+Enter on a Mac) finishes; letters typed in the reply are no shortcuts.
  await page.keyboard.press('r');
  const body = page.getByRole('textbox', { name: 'Reply body' });
  await expect(body).toBeFocused();
  await page.keyboard.type('Inom en arbetsdag: ju snabbare, desto bättre. Tack för frågan!');
  await expectWaiting(page, 7);
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(announced(page)).toHaveText('Reply finished');
  await expectWaiting(page, 6);
  await expect(entry(page, 'Ahmed Yusuf')).toBeFocused();

  // n marks, u takes it back, and the comment has the focus again.
  await page.keyboard.press('n');
  await expect(announced(page)).toHaveText('Marked as no reply needed. Press u to undo.');
  await expectWaiting(page, 5);
  await expect(entry(page, 'Lena Ström')).toBeFocused();
  await page.keyboard.press('u');
  await expect(announced(page)).toHaveText('Undone: Marked as no reply needed');
  await expectWaiting(page, 6);
  await expect(entry(page, 'Ahmed Yusuf')).toBeFocused();

  // Esc leaves the editor and keeps the draft; Tab reaches the comment's own buttons.
  await page.keyboard.press('r');
  await expect(body).toBeFocused();
  await page.keyboard.type('Tack Ahmed');
  await page.keyboard.press('Escape');
  await expect(body).toHaveCount(0);
  await expect(entry(page, 'Ahmed Yusuf')).toBeFocused();
  await expect(entry(page, 'Ahmed Yusuf').getByText('Draft reply saved')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(entry(page, 'Ahmed Yusuf').getByRole('button', { name: 'Reply', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(body).toBeFocused();
  await expect(body).toHaveText('Tack Ahmed');
  await page.keyboard.type(', och tack för att du delar!');
  // e, from the comment, finishes its draft too.
  await page.keyboard.press('Escape');
  await expect(entry(page, 'Ahmed Yusuf')).toBeFocused();
  await page.keyboard.press('e');
  await expect(announced(page)).toHaveText('Reply finished');
  await expectWaiting(page, 5);
  await expect(entry(page, 'Lena Ström')).toBeFocused();

  // ? lists every shortcut.
  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  for (const what of [
    'Next comment',
    'Previous comment',
    'Reply to the comment',
    'Mark as no reply needed',
    'Undo the last mark',
    'Leave the reply editor (the draft is kept)',
  ]) {
    await expect(shortcuts.getByText(what, { exact: true })).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(shortcuts).toHaveCount(0);

  // o shows the comment in its thread, with the comment it answers above it; the same keys work there.
  await page.keyboard.press('o');
  const thread = page.getByRole('region', { name: 'Comments', exact: true });
  await expect(thread.getByRole('article', { name: 'Lena Ström' })).toBeFocused();
  await expect(thread.getByRole('article', { name: 'Åsa Lindqvist' })).toBeInViewport();
  await page.keyboard.press('k');
  const asa = thread.getByRole('article', { name: 'Åsa Lindqvist' });
  await expect(asa).toBeFocused();
  await page.keyboard.press('n');
  await expectWaiting(page, 4);
  await expect(asa.getByRole('button', { name: 'Needs a reply after all' })).toBeVisible();
  await page.keyboard.press('u');
  await expectWaiting(page, 5);
  await expect(asa.getByRole('button', { name: 'No reply needed' })).toBeVisible();
  await expect(asa).toBeFocused();
  await page.keyboard.press('r');
  await expect(body).toBeFocused();
  await page.keyboard.type('Tack Åsa, E2C får ett eget inlägg.');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expectWaiting(page, 4);
  await expect(thread.getByRole('article', { name: 'Your reply' })).toHaveCount(3);
});
