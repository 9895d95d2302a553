import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisedCommentTags } from '../tests/fixtures/hostile/promisedCommentTags';
import { expect, test } from './fixtures';
import { importThroughDialog } from './importDialog';

const fixture = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'import', 'html-policy.xml');

// What the README promises a comment keeps, read from the README, apart from the code, so both cannot drift together.
const COMMENT_TAGS = promisedCommentTags();
// rel is stored at import; the app adds target so a reader's link opens outside its window.
const LINK_ATTRIBUTES = ['href', 'rel', 'target'];
const READER_LINK_REL = 'nofollow ugc noopener noreferrer';

test('a comment shows every tag the import keeps, and nothing else', async ({ app }) => {
  const page = app.page;
  const dialog = await importThroughDialog(page, fixture, '1 thread imported');
  await dialog.getByRole('button', { name: 'Open thread' }).click();

  const body = page.getByRole('region', { name: 'Comments', exact: true }).locator('article .comment-html');
  await expect(body).toHaveCount(1);
  await expect(body).toContainText('fet b');

  const missing: string[] = [];
  for (const tag of COMMENT_TAGS) if ((await body.locator(tag).count()) === 0) missing.push(tag);
  expect(missing).toEqual([]);

  const found = await body
    .locator('*')
    .evaluateAll((elements) =>
      elements.map((element) => ({ tag: element.localName, attributes: element.getAttributeNames() })),
    );
  const strangers = found.filter(({ tag }) => !COMMENT_TAGS.includes(tag)).map(({ tag }) => tag);
  expect(strangers).toEqual([]);
  const extraAttributes = found.flatMap(({ tag, attributes }) =>
    attributes.filter((name) => tag !== 'a' || !LINK_ATTRIBUTES.includes(name)).map((name) => `${name} on <${tag}>`),
  );
  expect(extraAttributes).toEqual([]);

  // The safe link keeps its address and the reader-link rel; the javascript: one is left as its words.
  const links = body.locator('a');
  await expect(links).toHaveCount(1);
  await expect(links).toHaveAttribute('href', 'https://reader.example/sida');
  await expect(links).toHaveAttribute('rel', READER_LINK_REL);
  await expect(body).toContainText('en farlig länk');

  // Dropped tags keep their words unless their content is code or another document.
  for (const kept of ['rubrik', 'block', 'understruken', 'cell', 'detaljer']) await expect(body).toContainText(kept);
  for (const dropped of [
    '__pwned',
    'color: red',
    'inuti ramen',
    'objektets text',
    'mallens text',
    'gömd text',
    'textfältet',
    'alternativet',
  ])
    await expect(body).not.toContainText(dropped);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
