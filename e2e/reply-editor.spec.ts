import { join } from 'node:path';
import { expect, importFixtures, test } from './fixtures';
import { announced, entry, expectWaiting, importFixture, openQueue, POST_TITLE, queueList } from './replyHelpers';
import { switchToSwedish, openSwedishImport } from './uiLanguage';

test('saved replies are made, changed and deleted in a dialog, and go into a reply with their placeholders filled', async ({
  app,
}) => {
  const page = app.page;
  await importFixture(page);
  await importFixture(page, join(importFixtures, 'pasted-sv-doubled.txt'));
  await openQueue(page);
  await page.getByRole('button', { name: 'Manage saved replies…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Saved replies' });
  await expect(dialog.getByText('No saved replies yet.')).toBeVisible();
  const addNew = async (name: string, text: string) => {
    const form = dialog.getByRole('group', { name: 'New saved reply' });
    await form.getByRole('textbox', { name: 'Name in the menu' }).fill(name);
    await form.getByRole('textbox', { name: 'Text' }).fill(text);
    await form.getByRole('button', { name: 'Add saved reply' }).click();
    await expect(dialog.getByRole('group', { name })).toBeVisible();
  };
  await addNew('Tack', 'Tack {name} för din kommentar om ”{post}”!\n\nHälsningar {signatur}');
  await addNew('Felskrivet', 'Ska bort.');
  await dialog.getByRole('group', { name: 'Felskrivet' }).getByRole('button', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(dialog.getByRole('group', { name: 'Felskrivet' })).toHaveCount(0);
  const tack = dialog.getByRole('group', { name: 'Tack' });
  await tack.getByRole('textbox', { name: 'Name in the menu' }).fill('Tack för kommentaren');
  await tack.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog.getByRole('group', { name: 'Tack för kommentaren' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // A named commenter: {name} and {post} are filled, the unknown {signatur} stays as written, and the text is editable.
  await entry(page, 'Maria Holm').getByRole('button', { name: 'Reply', exact: true }).click();
  const body = page.getByRole('textbox', { name: 'Reply body' });
  await expect(body).toBeFocused();
  await page.getByRole('button', { name: 'Saved replies', exact: true }).click();
  const menu = page.getByRole('menu', { name: 'Saved replies' });
  await expect(menu.getByRole('menuitem', { name: 'Tack för kommentaren' })).toBeFocused();
  await expect(menu.getByRole('menuitem', { name: 'Felskrivet' })).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
  await expect(body.locator('p')).toHaveText([
    `Tack Maria Holm för din kommentar om ”${POST_TITLE}”!`,
    'Hälsningar {signatur}',
  ]);
  await page.keyboard.press('Backspace');
  await page.keyboard.type('Karin');
  await expect(body.locator('p').last()).toHaveText('Hälsningar {signaturKarin');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(announced(page)).toHaveText('Reply finished');

  // An anonymous commenter has no name to fill in: {name} stays for the author to replace.
  const filters = page.getByRole('complementary', { name: 'Reply queue' });
  await filters.getByRole('combobox', { name: 'Thread' }).selectOption({ label: 'Fler vägar än B2B och B2C (7)' });
  await queueList(page).getByRole('button', { name: 'Reply', exact: true }).first().click();
  await page.getByRole('button', { name: 'Saved replies', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Tack för kommentaren' }).click();
  await expect(body.locator('p').first()).toHaveText('Tack {name} för din kommentar om ”Fler vägar än B2B och B2C”!');
  await page.getByRole('button', { name: 'Saved replies', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Manage saved replies…' }).click();
  await expect(page.getByRole('dialog', { name: 'Saved replies' })).toBeVisible();
});

test('the reply editor has bold, italic, web and mail links only, a list, and quotes the words selected in the comment', async ({
  app,
}) => {
  const page = app.page;
  await importFixture(page);
  await openQueue(page);
  const asa = entry(page, 'Åsa Lindqvist');
  await asa.getByRole('button', { name: 'Reply', exact: true }).click();
  const body = page.getByRole('textbox', { name: 'Reply body' });
  await expect(body).toBeFocused();
  const toolbar = page.getByRole('toolbar', { name: 'Reply formatting' });
  for (const name of ['Bold', 'Italic', 'Link', 'Bullet list', 'Quote', 'Quote selection', 'Saved replies']) {
    await expect(toolbar.getByRole('button', { name, exact: true })).toBeVisible();
  }

  // Words selected in the comment become a quote in the reply, and the writing goes on under it.
  await asa.locator('.comment-html p').evaluate((paragraph, words) => {
    const text = paragraph.firstChild as Text;
    const start = (text.textContent ?? '').indexOf(words);
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + words.length);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  }, 'medarbetare svarar ofta kunderna direkt');
  await toolbar.getByRole('button', { name: 'Quote selection' }).click();
  await expect(body.locator('blockquote')).toHaveText('medarbetare svarar ofta kunderna direkt');
  await expect(body).toBeFocused();
  await page.keyboard.type('Det gör våra också. ');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type('Viktigt');
  await page.keyboard.press('ControlOrMeta+b');
  await expect(toolbar.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.type(': ');
  await toolbar.getByRole('button', { name: 'Italic' }).click();
  await page.keyboard.type('läs mer');
  for (let i = 0; i < 'läs mer'.length; i += 1) await page.keyboard.press('Shift+ArrowLeft');

  await page.keyboard.press('ControlOrMeta+k');
  const address = page.getByRole('textbox', { name: 'Link address' });
  await expect(address).toBeFocused();
  await address.fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Apply link' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Only web addresses/);
  await address.fill('https://kanal.example/e2c');
  await page.getByRole('button', { name: 'Apply link' }).click();
  await expect(body.locator('a')).toHaveAttribute('href', 'https://kanal.example/e2c');
  await page.keyboard.press('End');
  await page.keyboard.press('ControlOrMeta+i');
  await expect(toolbar.getByRole('button', { name: 'Italic' })).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Enter');
  await toolbar.getByRole('button', { name: 'Bullet list' }).click();
  await page.keyboard.type('riktlinjer');
  await page.keyboard.press('Enter');
  await page.keyboard.type('utbildning');
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(announced(page)).toHaveText('Reply finished');

  // In the thread the reply keeps its form, and its link is held to the policy.
  await entry(page, 'Per Nilsson').getByRole('button', { name: 'Show in thread' }).click();
  const reply = page.getByRole('article', { name: 'Your reply' });
  await expect(reply.locator('blockquote')).toHaveText('medarbetare svarar ofta kunderna direkt');
  await expect(reply.locator('strong')).toHaveText('Viktigt');
  await expect(reply.locator('em')).toHaveText('läs mer');
  await expect(reply.locator('a')).toHaveText('läs mer');
  await expect(reply.locator('a')).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  await expect(reply.locator('ul li')).toHaveText(['riktlinjer', 'utbildning']);
  // Nothing selected: "Quote selection" quotes the whole comment.
  await page.getByRole('article', { name: 'Maria Holm' }).getByRole('button', { name: 'Reply', exact: true }).click();
  await page.getByRole('button', { name: 'Quote selection' }).click();
  await expect(page.getByRole('textbox', { name: 'Reply body' }).locator('blockquote')).toHaveText(
    'Bra påminnelse! Vi svarar oftast inom ett dygn, men på helgerna blir det glest.',
  );
});

test('in a thread: a reply, a follow-up nested under it, and an edit that makes the comment wait until it is done again', async ({
  app,
}) => {
  const page = app.page;
  await importFixture(page);
  await page.getByRole('tab', { name: /^Comments/ }).click();
  await page
    .getByRole('complementary')
    .getByRole('button', { name: new RegExp(`^${POST_TITLE}`) })
    .click();
  const thread = page.getByRole('region', { name: 'Comments', exact: true });
  await expect(thread.getByRole('button', { name: 'Reply', exact: true })).toHaveCount(7);
  const per = thread.getByRole('article', { name: 'Per Nilsson' });
  await per.getByRole('button', { name: 'Reply', exact: true }).click();
  const body = page.getByRole('textbox', { name: 'Reply body' });
  await expect(body).toBeFocused();
  await page.keyboard.type('Ja, Kanal.');
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expectWaiting(page, 6);
  const reply = thread.getByRole('article', { name: 'Your reply' });
  await expect(reply).toContainText('Ja, Kanal.');
  await expect(reply).toContainText('Reply, level 2');
  await expect(thread.getByRole('article').nth(4)).toHaveAccessibleName('Per Nilsson');
  await expect(thread.getByRole('article').nth(5)).toHaveAccessibleName('Your reply');
  await expect(per.getByText('Needs reply', { exact: true })).toHaveCount(0);

  // Editing a finished reply makes it a draft again: the comment waits until it is done.
  await reply.getByRole('button', { name: 'Edit reply' }).click();
  await expect(body).toBeFocused();
  await expect(body).toHaveText('Ja, Kanal.');
  await expectWaiting(page, 7);
  await page.keyboard.type(' Den är gratis.');
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expectWaiting(page, 6);
  await expect(reply).toContainText('Ja, Kanal. Den är gratis.');

  // A follow-up goes under the reply it follows, one level deeper.
  await reply.getByRole('button', { name: 'Follow up' }).click();
  await expect(body).toBeFocused();
  await page.keyboard.type('Och den fungerar utan nät.');
  await page.keyboard.press('ControlOrMeta+Enter');
  const replies = thread.getByRole('article', { name: 'Your reply' });
  await expect(replies).toHaveCount(2);
  await expect(replies.last()).toContainText('Och den fungerar utan nät.');
  await expect(replies.last()).toContainText('Reply, level 3');
  await expect(thread.getByRole('article').nth(5)).toHaveAccessibleName('Your reply');
  await expect(thread.getByRole('article').nth(6)).toHaveAccessibleName('Your reply');
  await expectWaiting(page, 6);

  // A discarded draft comes back with Undo, as a draft under its comment.
  await thread.getByRole('article', { name: 'Jonas Ek' }).getByRole('button', { name: 'Reply', exact: true }).click();
  await expect(body).toBeFocused();
  await page.keyboard.type('Vi turas om.');
  await page.getByRole('button', { name: 'Discard draft' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Draft discarded' })).toBeVisible();
  await expect(body).toHaveCount(0);
  await expect(thread.getByRole('article', { name: 'Your draft reply' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(thread.getByRole('article', { name: 'Your draft reply' })).toContainText('Vi turas om.');
  await thread
    .getByRole('article', { name: 'Your draft reply' })
    .getByRole('button', { name: 'Continue draft' })
    .click();
  await expect(body).toHaveText('Vi turas om.');
  await expectWaiting(page, 6);
});

test('in Swedish the queue and the reply editor speak Swedish', async ({ app }) => {
  const page = app.page;
  await switchToSwedish(page);
  const dialog = await openSwedishImport(page);
  await dialog.locator('input[type=file]').setInputFiles(join(importFixtures, '..', 'replies', 'svara-i-tid.txt'));
  await dialog.getByRole('button', { name: 'Importera', exact: true }).click();
  await dialog.getByRole('button', { name: 'Klar' }).click();

  const tab = page.getByRole('tab', { name: /^Behöver svar/ });
  await expect(tab).toHaveAccessibleName('Behöver svar 7');
  await tab.click();
  await expect(page.getByText('7 kommentarer väntar på svar')).toBeVisible();
  const eva = page.getByRole('article', { name: `Eva Berg på ”${POST_TITLE}”` });
  await expect(eva.locator('time')).toHaveText(/^16 mars 2024 21:05$/);
  await expect(page.getByRole('article', { name: /^Lena Ström/ })).toContainText('Svar till Åsa Lindqvist:');
  await eva.getByRole('button', { name: 'Svara', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Svarstext' })).toBeFocused();
  await page.keyboard.type('Helst samma dag.');
  await page.getByRole('button', { name: 'Markera som klart' }).click();
  await expect(page.locator('[data-announcer]')).toHaveText('Svaret är klart');
  await expect(tab).toHaveAccessibleName('Behöver svar 6');
  await page
    .getByRole('article', { name: /^Ahmed Yusuf/ })
    .getByRole('button', { name: 'Behöver inget svar' })
    .click();
  await expect(page.locator('[data-announcer]')).toHaveText(
    'Markerad som att inget svar behövs. Tryck u för att ångra.',
  );
  await expect(tab).toHaveAccessibleName('Behöver svar 5');
  await page.getByRole('button', { name: 'Ångra senaste markeringen' }).click();
  await expect(tab).toHaveAccessibleName('Behöver svar 6');
});
