import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, projectRoot, test } from './fixtures';
import { importThroughDialog } from './importDialog';

const blog = join(projectRoot, 'tests', 'fixtures', 'export', 'blogg.xml');

test('the Export dialog saves a post with its comments as Markdown, and copies the article as HTML', async ({
  app,
}) => {
  const page = app.page;
  const importing = await importThroughDialog(page, blog, '2 threads imported');
  await importing.getByRole('button', { name: 'Close', exact: true }).click();
  await page.getByRole('option', { name: /^Kanaler för företag/ }).click();

  await page.getByRole('button', { name: /^Export/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption('md');
  await dialog.getByRole('checkbox', { name: 'Include comments and your finished replies' }).check();
  const markdown = await app.exportedText(() => dialog.getByRole('button', { name: 'Save' }).click());
  const front = /^---\n([\s\S]*?)\n---\n/.exec(markdown)?.[1] ?? '';
  expect(parse(front)).toMatchObject({ title: 'Kanaler för företag', draft: false, slug: 'kanaler', lang: 'sv-SE' });
  expect(markdown).toContain('## Kommentarer');
  expect(markdown).toContain('### [Anna Lind](https://anna.example.org/)');
  expect(markdown).not.toContain('Annan blogg');
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/^Exported kanaler\.md/)).toBeVisible();

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: /^Export/ }).click();
  await dialog.getByRole('checkbox', { name: 'Include comments and your finished replies' }).check();
  await dialog.getByRole('button', { name: 'Copy HTML' }).click();
  await expect(dialog.getByText('The article is on the clipboard.')).toBeVisible();
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (!item) return null;
    const text = async (type: string) => (await item.getType(type)).text();
    return { types: [...item.types].sort(), html: await text('text/html'), plain: await text('text/plain') };
  });
  expect(copied?.types).toEqual(['text/html', 'text/plain']);
  expect(copied?.plain).toMatch(/^<article class="h-entry">/);
  expect(copied?.plain).toContain('class="p-comment h-cite');
  expect(copied?.html).toContain('Anna Lind');
  expect(copied?.plain).not.toMatch(/<script|<style|onerror/i);
});
