import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { operations } from '../../../electron/core/api';
import { runImport } from '../../helpers/runImport';
import { useTempKanal } from '../../helpers/useTempKanal';
import { fixturePath } from '../import/importFixture';

const fixture = (name: string) => ({ name, data: new Uint8Array(readFileSync(fixturePath(name))) });
const ctx = useTempKanal();

const importedPost = async (file: string, title: string) => {
  const summary = await runImport(ctx.kanal(), [fixture(file)]);
  expect(summary.errors.filter((error) => error.refused)).toEqual([]);
  const posts = ctx.kanal().services.posts.list({});
  const post = posts.find((p) => p.title === title);
  if (!post) throw new Error(`no post titled ${title}`);
  return post;
};

describe('a post made by an import', () => {
  it('keeps the WordPress publication date (post_date_gmt), and shows its import as the last change', async () => {
    const post = await importedPost('wxr-threads.xml', 'Threads, ten levels deep');
    expect(post.publishedAt).toBe('2019-06-03T07:30:00.000Z');
    expect(post.status).toBe('published');
    expect(post.updatedAt).toBe(new Date(post.updatedAt).toISOString());
    expect(post.updatedAt > post.publishedAt!).toBe(true);
  });

  it('keeps the Blogger publication date (published)', async () => {
    const post = await importedPost('blogger-classic.xml', 'Kanaler inom företaget');
    expect(post.publishedAt).toBe('2012-03-20T08:00:00.000Z');
  });

  it('exports with its original publication date', async () => {
    const post = await importedPost('wxr-threads.xml', 'Threads, ten levels deep');
    const file = await ctx.kanal().services.export.html(operations['export.html'].input.parse({ postId: post.id }));
    expect(file.content).toContain('datetime="2019-06-03T07:30:00.000Z"');
  });
});
