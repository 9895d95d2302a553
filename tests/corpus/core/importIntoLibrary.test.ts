import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTempKanal } from '../../helpers/useTempKanal';
import { readCorpusFile } from '../corpusFixtures';
import { describePastedThreadImport } from '../../helpers/pastedThreadImport';
import { runImport } from '../../helpers/runImport';

const fixture = (path: string) => ({ name: path.split('/').pop() ?? path, data: new Uint8Array(readCorpusFile(path)) });
const bytes = (name: string, text: string) => ({ name, data: new TextEncoder().encode(text) });

const ctx = useTempKanal();

describePastedThreadImport('importing the seed post with its pasted thread', {
  file: () => fixture('seed/blog-post-with-comments.sv.txt'),
  title: 'Sociala nätverk skapar nya kommunikationsvägar',
  bodyLine: 'C2C: Consumer to Consumer är inte på något vis en ny term.',
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
