import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, importFixtures, projectRoot, test } from './fixtures';
import { switchToSwedish } from './uiLanguage';
import { importThroughDialog } from './importDialog';

// Two posts with Swedish, German and Danish letters in their comments.
const SAMTAL = join(projectRoot, 'tests', 'fixtures', 'replies', 'samtal.xml');
// A pasted thread of 33 comments; the last three carry markup and script addresses as plain text.
const HOSTILE = join(importFixtures, 'pasted-search.txt');

const importFile = async (page: Page, file: string) => {
  const dialog = await importThroughDialog(page, file, /threads? imported$/);
  await dialog.getByRole('button', { name: 'Done' }).click();
};

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search' });
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' });
const group = (page: Page, kind: 'Posts' | 'Comments' | 'Replies') =>
  results(page).getByRole('group', { name: new RegExp(`^${kind} \\(`) });
const announced = (page: Page) => page.getByRole('search').getByRole('status');
const marks = (option: Locator) => option.locator('mark').allTextContents();

type Bridge = Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
// Calls an operation as the page's own transport would: Electron's bridge, or the host with this tab's token.
const callCore = <T>(page: Page, name: string, input: unknown): Promise<T> =>
  page.evaluate(
    async ({ name, input }) => {
      const [namespace = '', method = ''] = name.split('.');
      const bridge = (window as unknown as { kanal?: Bridge }).kanal;
      const envelope = (
        bridge
          ? await bridge[namespace]?.[method]?.(input)
          : await fetch(`/api/${name}`, {
              method: 'POST',
              headers: {
                'content-type': 'application/json',
                'x-kanal-token': sessionStorage.getItem('kanal.token') ?? '',
              },
              body: JSON.stringify(input),
            }).then((response) => response.json())
      ) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!envelope.ok) throw new Error(envelope.error?.message ?? name);
      return envelope.value;
    },
    { name, input },
  ) as Promise<T>;

// The app has no reply editor yet: a finished reply to the source's comment 203 is made through the contract.
async function finishReplyToBengt(page: Page): Promise<void> {
  const threads = await callCore<{ id: string; title: string }[]>(page, 'threads.list', {});
  const threadId = threads.find((thread) => thread.title === 'Varumärken i Östersund')?.id;
  const thread = await callCore<{ comments: { id: string; externalId: string }[] }>(page, 'threads.get', {
    id: threadId,
  });
  const commentId = thread.comments.find((comment) => comment.externalId === '203')?.id;
  await callCore(page, 'replies.create', {
    threadId,
    commentId,
    text: 'Förtroende tar tid att bygga, håller med.',
    done: true,
  });
}

test('one box finds posts and comments whatever the Swedish letters, typos and case', async ({ app }) => {
  const page = app.page;
  await importFile(page, SAMTAL);
  const box = searchBox(page);
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await box.click();
  await expect(page.getByText(/^Searches post titles and text/)).toBeVisible();
  await expect(box).toHaveAccessibleDescription(/^Searches post titles and text, comments/);

  await box.fill('varumarke');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const anna = group(page, 'Comments').getByRole('option').filter({ hasText: 'Anna Lind' });
  await expect(anna).toContainText('Vilket fint inlägg om varumärket!');
  expect(await marks(anna)).toEqual(['varumärket']);
  const post = group(page, 'Posts').getByRole('option', { name: /Varumärken i Östersund/ });
  expect(await marks(post)).toEqual(['Varumärken', 'varumärke']);
  await expect(announced(page)).toHaveText(/^\d+ results$/);

  await box.fill('ostersund');
  await expect(group(page, 'Comments')).toHaveAccessibleName('Comments (1)');
  const comment = group(page, 'Comments').getByRole('option');
  await expect(comment).toContainText('Jag bor själv i Östersund.');
  // The comment's post title and its text each have the word marked.
  expect(await marks(comment)).toEqual(['Östersund', 'Östersund']);
  await expect(announced(page)).toHaveText('2 results');

  // Two letters swapped in a long word still find it.
  await box.fill('relatoinerna');
  await expect(group(page, 'Comments').getByRole('option')).toContainText('Håller med Bengt om relationerna.');
  expect(await marks(group(page, 'Comments').getByRole('option'))).toEqual(['relationerna']);

  // A post title, by the beginnings of its words in capitals, opened with the arrow keys and Enter.
  await box.fill('KANALER KONSUM');
  const titled = group(page, 'Posts').getByRole('option', { name: /^Kanaler för konsumenter/ });
  await expect(titled).toBeVisible();
  expect(await marks(titled)).toEqual(['Kanaler', 'konsumenter', 'Konsumenter']);
  await expect(box).not.toHaveAttribute('aria-activedescendant');
  await box.press('ArrowDown');
  await expect(titled).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await titled.getAttribute('id')) ?? 'missing');
  await box.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Kanaler för konsumenter');
  await expect(box).toHaveAttribute('aria-expanded', 'false');

  // An author's name finds their comment; Enter pressed before the answer came opens it once it comes.
  await box.fill('Cecilia');
  await box.press('Enter');
  const opened = page.getByRole('region', { name: 'Comments', exact: true }).locator('article[aria-current="true"]');
  await expect(opened).toContainText('Håller med Bengt om relationerna.');
  await expect(opened).toBeFocused();

  await box.fill('zzyzx');
  await expect(page.locator('.search-popup').getByText('No results for “zzyzx”', { exact: true })).toBeVisible();
  await expect(announced(page)).toHaveText('No results for “zzyzx”');
  // Escape closes the results, then clears the box.
  await box.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(box).toHaveValue('zzyzx');
  await box.press('Escape');
  await expect(box).toHaveValue('');
  await expect(announced(page)).toHaveText('');

  // In Swedish the box, its groups and its count read in Swedish.
  await switchToSwedish(page);
  const sok = page.getByRole('combobox', { name: 'Sök' });
  await sok.fill('östersund');
  await expect(
    page.getByRole('listbox', { name: 'Sökresultat' }).getByRole('group', { name: 'Kommentarer (1)' }),
  ).toBeVisible();
  await expect(announced(page)).toHaveText('2 träffar');
  await sok.fill('zzyzx');
  await expect(announced(page)).toHaveText('Inga träffar för ”zzyzx”');
});

test('Ctrl+K reaches the search from the editor, and a comment result opens in its thread', async ({ app }) => {
  const page = app.page;
  await importFile(page, SAMTAL);
  await page.getByRole('option', { name: 'Varumärken i Östersund', exact: true }).click();
  const body = page.getByRole('textbox', { name: 'Post body' });
  await body.click();
  await body.press('ControlOrMeta+End');

  // With nothing selected the key is the search's; Escape goes back to the same place in the text.
  await page.keyboard.press('ControlOrMeta+k');
  const box = searchBox(page);
  await expect(box).toBeFocused();
  await expect(page.getByLabel('Link address')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(body).toBeFocused();
  await page.keyboard.type('!');
  await expect(body).toHaveText(/C2C\.!$/);

  // With words selected it still links them.
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('ControlOrMeta+k');
  await expect(page.getByLabel('Link address')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(body).toBeFocused();
  await page.keyboard.press('ArrowRight');

  await page.keyboard.press('ControlOrMeta+k');
  await expect(box).toBeFocused();
  await page.keyboard.type('ostersund');
  // The answer to the whole word, not to a beginning typed on the way.
  await expect(results(page)).toHaveAttribute('aria-busy', 'false');
  const comment = group(page, 'Comments').getByRole('option').filter({ hasText: 'Anna Lind' });
  await expect(comment).toBeVisible();
  // Posts come first; the arrows walk on into the comments and wrap round.
  await page.keyboard.press('ArrowDown');
  await expect(group(page, 'Posts').getByRole('option')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(comment).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(group(page, 'Posts').getByRole('option')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(comment).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('tab', { name: /^Comments/ })).toHaveAttribute('aria-selected', 'true');
  const thread = page.getByRole('region', { name: 'Comments', exact: true });
  const opened = thread.locator('article[aria-current="true"]');
  await expect(opened).toHaveCount(1);
  await expect(opened).toContainText('Jag bor själv i Östersund.');
  await expect(opened).toBeFocused();

  // A finished reply is found among the replies and opens the comment it answers, in the thread already open.
  await finishReplyToBengt(page);
  await page.keyboard.press('ControlOrMeta+k');
  await expect(box).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('förtroende tar tid');
  await expect(results(page)).toHaveAttribute('aria-busy', 'false');
  const reply = group(page, 'Replies').getByRole('option');
  await expect(reply).toHaveAccessibleName(/^Your reply · Varumärken i Östersund/);
  expect(await marks(reply)).toEqual(['Förtroende', 'tar', 'tid']);
  await page.keyboard.press('Enter');
  await expect(opened).toContainText('Inom B2B är det annorlunda');
  await expect(opened).toBeFocused();
  await expect(thread.locator('article[aria-current]')).toHaveCount(1);
});

test('a comment far down a thread opens scrolled to, and hostile text in results stays text', async ({ app }) => {
  const page = app.page;
  const origin = new URL(page.url()).origin;
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) elsewhere.push(request.url());
  });
  const dialogs: string[] = [];
  page.on('dialog', (shown) => {
    dialogs.push(shown.message());
    void shown.dismiss();
  });
  await importFile(page, HOSTILE);

  const box = searchBox(page);
  await box.fill('giftpaket');
  await expect(group(page, 'Comments')).toHaveAccessibleName('Comments (3)');
  const first = group(page, 'Comments').getByRole('option').filter({ hasText: 'Giftpaket ett' });
  await expect(first).toContainText(
    'Giftpaket ett: <img src=x onerror=alert(1)> och javascript:alert(1) samt <a href="javascript:alert(1)">klicka här</a>',
  );
  await expect(group(page, 'Comments').getByRole('option').filter({ hasText: 'Giftpaket två' })).toContainText(
    '<iframe src="https://evil.example/"></iframe>',
  );
  await expect(group(page, 'Comments').getByRole('option').filter({ hasText: 'Giftpaket tre' })).toContainText(
    '<svg onload=alert(1)>',
  );

  const popup = page.locator('.search-popup');
  await expect(popup.locator('img, iframe, object, embed, form, input, svg, script, a, [href], [src]')).toHaveCount(0);
  // Only <mark> and the layout's own elements, and no attribute that runs script or names a script address.
  const tags = await popup
    .locator('*')
    .evaluateAll((elements) => [...new Set(elements.map((element) => element.localName))].sort());
  expect(tags).toEqual(['div', 'mark', 'p', 'span']);
  const live = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes]
          .filter((attr) => /^on/i.test(attr.name) || /^\s*javascript:/i.test(attr.value))
          .map((attr) => `${element.localName} ${attr.name}`),
      ),
    );
  expect(await live()).toEqual([]);

  // Comment 31 of 33 lies far below the first screen of the thread.
  await first.click();
  const thread = page.getByRole('region', { name: 'Comments', exact: true });
  const opened = thread.locator('article[aria-current="true"]');
  await expect(opened).toContainText('Giftpaket ett: <img src=x onerror=alert(1)>');
  await expect(opened).toBeInViewport();
  await expect(opened).toBeFocused();
  await expect(thread.getByText('Kommentar nummer 1 om kanaler och samtal.', { exact: true })).not.toBeInViewport();
  expect(await live()).toEqual([]);
  await expect(page.locator('.thread-view').locator('img, iframe, object, embed, form, svg, script')).toHaveCount(0);

  expect(dialogs).toEqual([]);
  expect(elsewhere).toEqual([]);
});

test('typing sends one query, once the typing pauses', async ({ app }) => {
  const page = app.page;
  await importFile(page, SAMTAL);
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/search.query')) sent.push(request.postData() ?? '');
  });
  // The page's clock stands still, so the keys are as close together as a fast typist's, however busy the machine.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 60_000);
  const box = searchBox(page);
  await box.pressSequentially('konsumenter');
  await page.clock.runFor(140);
  expect(sent).toEqual([]);
  await page.clock.runFor(20);
  await expect.poll(() => sent.length).toBe(1);
  expect(sent[0]).toContain('"query":"konsumenter"');
  await page.clock.resume();
  await expect(group(page, 'Posts').getByRole('option', { name: /^Kanaler för konsumenter/ })).toBeVisible();
  expect(sent).toHaveLength(1);
});

test('a slow earlier answer never replaces a later one', async ({ app }) => {
  const page = app.page;
  await importFile(page, SAMTAL);
  const sent: string[] = [];
  await page.route('**/api/search.query', async (route) => {
    const body = route.request().postData() ?? '';
    sent.push(body);
    // The first question is answered last.
    if (body.includes('ostersund')) await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  const box = searchBox(page);

  const slow = page.waitForResponse((response) => response.request().postData()?.includes('ostersund') ?? false);
  await box.fill('ostersund');
  await expect.poll(() => sent.some((body) => body.includes('ostersund'))).toBe(true);
  await box.fill('Bengt');
  const bengt = group(page, 'Comments').getByRole('option').filter({ hasText: 'Inom B2B är det annorlunda' });
  await expect(bengt).toBeVisible();
  await (await slow).finished();
  // Two frames after the slow answer arrived, React has drawn whatever it was going to draw with it.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await expect(bengt).toBeVisible();
  await expect(results(page).getByText('Jag bor själv i Östersund.')).toHaveCount(0);
  await expect(announced(page)).toHaveText(/^\d+ results?$/);
});
