import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { announced, expectWaiting, importFixture, openQueue, queueList, queueTab, tabTo } from '../replyHelpers';
import { corpus } from './corpus';

// The seed post: its page's text, seven readers' comments (each copied twice) that all wait for a reply.
const SEED = join(corpus, 'seed', 'blog-post-with-comments.sv.txt');

const entries = (page: Page): Locator => queueList(page).getByRole('article');
const replyBody = (page: Page): Locator => page.getByRole('textbox', { name: 'Reply body' });

test('the seed: seven waiting, two answered and one marked leave four, a draft survives a reload and a restart', async ({
  app,
}) => {
  test.setTimeout(120_000);
  let page = app.page;
  await importFixture(page, SEED);
  await expectWaiting(page, 7);
  await openQueue(page);
  await expect(entries(page)).toHaveCount(7);

  await entries(page).first().getByRole('button', { name: 'Reply', exact: true }).click();
  await expect(replyBody(page)).toBeFocused();
  await page.keyboard.type('Tack Niclas, vägarna korsar varandra allt oftare.');
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(announced(page)).toHaveText('Reply finished');
  await expectWaiting(page, 6);

  await entries(page).first().getByRole('button', { name: 'Reply', exact: true }).click();
  await page.keyboard.type('Ja, det är till stor del en definitionsfråga.');
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expectWaiting(page, 5);

  await entries(page).first().getByRole('button', { name: 'No reply needed', exact: true }).click();
  await expectWaiting(page, 4);
  await expect(entries(page)).toHaveCount(4);

  // A third reply, reloaded mid-sentence.
  await entries(page).first().getByRole('button', { name: 'Reply', exact: true }).click();
  await page.keyboard.type('Informationen löper fritt, men');
  await page.reload();
  await openQueue(page);
  await expectWaiting(page, 4);
  const drafted = entries(page).filter({ hasText: 'Draft reply saved' });
  await expect(drafted).toHaveCount(1);
  await expect(entries(page).first()).toContainText('Draft reply saved');
  await drafted.getByRole('button', { name: 'Reply', exact: true }).click();
  await expect(replyBody(page)).toHaveText('Informationen löper fritt, men');
  await page.keyboard.type(' längs vilka vägar?');
  await expect(drafted.getByText('Saved', { exact: true })).toBeVisible();

  // A new server on the same library: the count, both finished replies and the draft.
  page = await app.restart();
  await expectWaiting(page, 4);
  await openQueue(page);
  await expect(entries(page)).toHaveCount(4);
  const kept = entries(page).filter({ hasText: 'Draft reply saved' });
  await kept.getByRole('button', { name: 'Show in thread' }).click();
  const thread = page.getByRole('region', { name: 'Comments', exact: true });
  await expect(thread.getByRole('article', { name: 'Your reply' })).toHaveCount(2);
  await expect(thread.getByRole('article', { name: 'Your draft reply' })).toContainText(
    'Informationen löper fritt, men längs vilka vägar?',
  );
});

test('the seed with the keyboard alone: pasted, then j, r, Ctrl+Enter, n and u bring seven down to four', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const page = app.page;
  await tabTo(page, page.getByRole('button', { name: 'Import comments', exact: true }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Import comments' });
  await tabTo(page, dialog.getByRole('tab', { name: 'Files' }), 'Shift+Tab');
  await page.keyboard.press('ArrowRight');
  await tabTo(page, dialog.getByLabel('Pasted comments'));
  await page.keyboard.insertText(readFileSync(SEED, 'utf8'));
  await tabTo(page, dialog.getByRole('button', { name: 'Import', exact: true }));
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('heading', { name: '1 thread imported' })).toBeVisible();
  await page.keyboard.press('Escape');
  await tabTo(page, page.getByRole('tab', { name: 'Posts' }));
  await page.keyboard.press('ArrowLeft');
  await expect(queueTab(page)).toBeFocused();
  await expectWaiting(page, 7);

  await page.keyboard.press('j');
  await expect(entries(page).first()).toBeFocused();
  for (const words of ['Tack för din kommentar!', 'Precis, en yta där allt möts.']) {
    await page.keyboard.press('r');
    await expect(replyBody(page)).toBeFocused();
    await page.keyboard.type(words);
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(announced(page)).toHaveText('Reply finished');
    // The focus comes back to the comment that moved up once the shorter list is drawn.
    await expect(entries(page).first()).toBeFocused();
  }
  await expectWaiting(page, 5);
  await page.keyboard.press('n');
  await expect(announced(page)).toHaveText('Marked as no reply needed. Press u to undo.');
  await expectWaiting(page, 4);
  await page.keyboard.press('u');
  await expectWaiting(page, 5);
  await expect(entries(page).first()).toBeFocused();
  await page.keyboard.press('n');
  await expectWaiting(page, 4);
  await expect(entries(page)).toHaveCount(4);
  await expect(entries(page).first()).toBeFocused();
});
