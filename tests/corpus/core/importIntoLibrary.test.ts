import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docText } from '../../../electron/core/shared/content/docText';
import { useTempKanal } from '../../helpers/useTempKanal';
import { readCorpusFile } from '../corpusFixtures';
import { runImport } from '../../helpers/runImport';

const fixture = (path: string) => ({ name: path.split('/').pop() ?? path, data: new Uint8Array(readCorpusFile(path)) });
const bytes = (name: string, text: string) => ({ name, data: new TextEncoder().encode(text) });

const ctx = useTempKanal();

describe('importing the seed post with its pasted thread', () => {
  it('creates the post in Swedish with its body and channels, and a thread of 7 comments', async () => {
    const summary = await runImport(ctx.kanal(), [fixture('seed/blog-post-with-comments.sv.txt')], 'auto');
    expect(summary.errors).toEqual([]);
    expect(summary.skipped.duplicate).toBe(7);
    expect(summary.threads).toHaveLength(1);
    expect(summary.threads[0]).toMatchObject({
      title: 'Sociala nätverk skapar nya kommunikationsvägar',
      comments: 7,
      needsReply: 7,
      added: 7,
      newPost: true,
    });
    const post = await ctx.kanal().services.posts.get({ id: summary.threads[0]?.postId ?? '' });
    expect(post.lang).toBe('sv');
    expect(post.status).toBe('published');
    expect(docText(post.doc)).toContain('C2C: Consumer to Consumer är inte på något vis en ny term.');
    expect(ctx.kanal().services.posts.list({})[0]?.channels).toEqual([
      'B2B',
      'B2C',
      'C2C',
      'C2B',
      'C2E',
      'E2C',
      'E2E',
      'B2E',
      'E2B',
    ]);
  });

  it('changes nothing when the same file is imported again', async () => {
    await runImport(ctx.kanal(), [fixture('seed/blog-post-with-comments.sv.txt')], 'auto');
    const before = ctx.kanal().services.threads.list();
    const again = await runImport(ctx.kanal(), [fixture('seed/blog-post-with-comments.sv.txt')], 'auto');
    expect(again.threads[0]).toMatchObject({ added: 0, newThread: false, newPost: false, comments: 7 });
    expect(ctx.kanal().services.threads.list()).toEqual(before);
    expect(ctx.kanal().services.posts.list({})).toHaveLength(1);
  });

  it('joins an existing post with the same title instead of creating one', async () => {
    const post = await ctx.kanal().services.posts.create({ title: 'Sociala nätverk skapar nya kommunikationsvägar' });
    const summary = await runImport(ctx.kanal(), [fixture('seed/blog-post-with-comments.sv.txt')], 'auto');
    expect(summary.threads[0]).toMatchObject({ postId: post.id, newPost: false });
    expect((await ctx.kanal().services.posts.get({ id: post.id })).channels).toEqual([]);
  });
});

describe('a refused corpus file', () => {
  it('imports nothing from it, and leaves the library as it was', async () => {
    const before = readFileSync(ctx.temp().dataFile, 'utf8');
    const summary = await runImport(ctx.kanal(), [fixture('wxr/malformed-simple.xml'), bytes('tomt.xml', '')], 'auto');
    expect(summary.threads).toEqual([]);
    expect(summary.errors.map((e) => [e.file, e.refused])).toEqual([
      ['malformed-simple.xml', true],
      ['tomt.xml', true],
    ]);
    expect(readFileSync(ctx.temp().dataFile, 'utf8')).toBe(before);
    expect(readdirSync(ctx.temp().folder).filter((f) => f.endsWith('.threads'))).toEqual([]);
  });
});

describe('the theme unit test data', () => {
  it('keeps the 10-level reply chain, pending comments, pingbacks and trackbacks', async () => {
    const summary = await runImport(ctx.kanal(), [fixture('wxr/theme-unit-test-data.xml')], 'auto');
    expect(summary.errors.filter((e) => e.refused)).toEqual([]);
    const byTitle = new Map(summary.threads.map((t) => [t.title, t]));
    const comments = byTitle.get('Template: Comments');
    expect(comments?.comments).toBe(20);
    const view = await ctx.kanal().services.threads.get({ id: comments?.id ?? '' });
    const parent = new Map(view.comments.map((c) => [c.id, c.parentId]));
    const depth = (id: string | null): number => (id === null ? 0 : 1 + depth(parent.get(id) ?? null));
    expect(Math.max(...view.comments.map((c) => depth(c.id)))).toBe(10);
    const pings = await ctx
      .kanal()
      .services.threads.get({ id: byTitle.get('Template: Pingbacks And Trackbacks')?.id ?? '' });
    expect(pings.comments.filter((c) => c.kind !== 'comment').every((c) => !c.needsReply)).toBe(true);
  });
});
