import { setImmediate as nextTurn } from 'node:timers/promises';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchHit, SearchResult } from '../../../electron/core/api';
import { dispatch } from '../../../electron/core/dispatch';
import { TermIndex } from '../../../electron/core/search/termIndex';
import { foldText } from '../../../electron/core/shared/content/foldText';
import type { Doc } from '../../../electron/core/shared/schema';
import { useTempKanal } from '../../helpers/useTempKanal';
import { importSamtal, type Samtal } from '../replies/samtal';
import { runImport } from '../../helpers/runImport';

const ctx = useTempKanal();
const search = (query: string, limit = 20): Promise<SearchResult> =>
  ctx.kanal().services.search.query({ query, limit });
const doc = (text: string): Doc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const marked = (hit: SearchHit | undefined): string[] =>
  hit ? hit.ranges.map(([s, e]) => hit.snippet.slice(s, e)) : [];
const kinds = (result: SearchResult) =>
  result.hits.map((h) => `${h.kind}:${h.kind === 'post' ? h.title : h.snippet.slice(0, 12)}`);

let samtal: Samtal;
beforeEach(async () => {
  samtal = await importSamtal(ctx.kanal());
});

describe('search', () => {
  it('ignores case and diacritics both ways: Swedish å, ä, ö, and ø, æ, ß', async () => {
    const varumarke = await search('varumarke');
    expect(varumarke.hits[0]).toMatchObject({ kind: 'post', title: 'Varumärken i Östersund' });
    expect(varumarke.hits[0]?.titleRanges).toEqual([[0, 10]]);
    expect(varumarke.groups.comment.map((h) => h.commentId)).toContain(samtal.comment('201').commentId);
    const ostersund = await search('ostersund');
    expect(ostersund.groups.comment.map((h) => h.id)).toEqual([samtal.comment('201').commentId]);
    expect(marked(ostersund.groups.comment[0])).toEqual(['Östersund']);
    expect((await search('ÖSTERSUND')).counts).toEqual(ostersund.counts);
    expect((await search('strasse')).groups.comment.map((h) => h.id)).toEqual([samtal.comment('301').commentId]);
    expect((await search('Orsted')).groups.comment[0]).toMatchObject({
      id: samtal.comment('302').commentId,
      author: 'Åsa Ørsted',
    });
    expect((await search('asa')).groups.comment[0]?.id).toBe(samtal.comment('302').commentId);
  });

  it('finds words by their beginning while typing', async () => {
    const result = await search('kommunikat');
    expect(result.groups.comment.map((h) => h.id)).toEqual([samtal.comment('302').commentId]);
    expect(marked(result.groups.comment[0])).toEqual(['kommunikationsvägar']);
  });

  it('tolerates typos in longer words, not in short ones', async () => {
    const typo = await search('relatoinerna');
    expect(typo.groups.comment.map((h) => h.id)).toEqual([samtal.comment('204').commentId]);
    expect((await search('varumärkten')).counts.post).toBe(1);
    expect((await search('Bnegt')).counts.comment).toBe(0);
    expect((await search('zzyzx')).hits).toEqual([]);
  });

  it('ranks a title match above a mention in the text, and wants every word before any', async () => {
    await ctx
      .kanal()
      .services.posts.create({ title: 'Om forum' })
      .then((p) => ctx.kanal().services.posts.save({ id: p.id, doc: doc('Kort.') }));
    const forum = await search('forum');
    expect(forum.groups.post.map((h) => h.title)).toEqual(['Om forum', 'Kanaler för konsumenter']);
    expect(forum.groups.post[1]?.snippet).toBe('Konsumenter talar med varandra, C2C, i forum och kommentarsfält.');
    expect(marked(forum.groups.post[1])).toEqual(['forum']);
    const both = await search('forum konsumenter');
    expect(both.groups.post.map((h) => h.title)).toEqual(['Kanaler för konsumenter']);
    const either = await search('forum blåbär');
    expect(either.groups.post.map((h) => h.title).sort()).toEqual(['Kanaler för konsumenter', 'Om forum']);
  });

  it('groups hits by kind, at most `limit` each, best first overall', async () => {
    const result = await search('c2c', 1);
    expect(result.counts).toEqual({ post: 2, comment: 1, reply: 0 });
    expect(result.groups.post).toHaveLength(1);
    expect(result.hits).toHaveLength(2);
    expect(result.hits[0]?.score).toBeGreaterThanOrEqual(result.hits[1]?.score ?? 0);
    const comment = (await search('marktplatz')).groups.comment[0];
    const { threadId, postId } = samtal.thread('Kanaler för konsumenter');
    expect(comment).toMatchObject({ kind: 'comment', threadId, postId, title: 'Kanaler för konsumenter' });
    expect(kinds(await search(''))).toEqual([]);
  });

  it('cuts a long text around the first match, at words, and marks the match in plain text', async () => {
    const { posts } = ctx.kanal().services;
    const post = await posts.create({ title: 'Långt' });
    const filler = 'ord '.repeat(80);
    await posts.save({ id: post.id, doc: doc(`${filler}<b>Blåbärssylt</b> & grädde ${filler}`) });
    const hit = (await search('blabarssylt')).groups.post[0];
    expect(hit?.snippet.length).toBeLessThanOrEqual(162);
    expect(hit?.snippet).toMatch(/^…ord .*<b>Blåbärssylt<\/b> & grädde .*ord…$/);
    expect(marked(hit)).toEqual(['Blåbärssylt']);
  });

  it('stays up to date: saved and deleted posts, finished and deleted replies, imports, deleted threads', async () => {
    const { posts, replies, threads } = ctx.kanal().services;
    expect((await search('lingonsylt')).hits).toEqual([]);
    const post = await posts.create({ title: 'Skafferiet' });
    await posts.save({ id: post.id, doc: doc('Lingonsylt till allt.') });
    expect((await search('lingonsylt')).groups.post.map((h) => h.id)).toEqual([post.id]);
    await posts.save({ id: post.id, doc: doc('Nu bara hjortron.') });
    expect((await search('lingonsylt')).hits).toEqual([]);
    expect((await search('hjortron')).counts.post).toBe(1);
    await posts.delete({ id: post.id });
    expect((await search('hjortron')).hits).toEqual([]);
    await posts.restore({ id: post.id });
    expect((await search('hjortron')).counts.post).toBe(1);

    const bengt = samtal.comment('203');
    const draft = await replies.save({ ...bengt, doc: doc('Förtroendekapital är ordet.') });
    expect((await search('förtroendekapital')).counts.reply).toBe(0);
    await replies.finish({ threadId: bengt.threadId, id: draft.id });
    expect((await search('förtroendekapital')).groups.reply[0]).toMatchObject({
      kind: 'reply',
      id: draft.id,
      commentId: bengt.commentId,
      threadId: bengt.threadId,
    });
    await replies.delete({ threadId: bengt.threadId, id: draft.id });
    expect((await search('förtroendekapital')).hits).toEqual([]);

    const pasted = new TextEncoder().encode(
      'Sylt\n\nOm sylt.\n\n1 svar på ”Sylt”\n\n 1. Greta säger:\n    5 mars 2024 kl. 10:15\n\n    Hjortronsylt från Jämtland!\n\n    Svara\n',
    );
    const summary = await runImport(ctx.kanal(), [{ name: 'inklistrat.txt', data: pasted }], 'text');
    expect(summary.errors).toEqual([]);
    expect((await search('jamtland')).counts.comment).toBe(1);
    await threads.delete({ id: samtal.comment('301').threadId });
    expect((await search('strasse')).hits).toEqual([]);
  });

  it('indexes once, then only what changed: a later query re-indexes nothing, a saved post just itself', async () => {
    await search('kanal');
    // Every document indexed goes through add (a changed one too).
    const add = vi.spyOn(TermIndex.prototype, 'add');
    try {
      await search('varumärke');
      expect(add).not.toHaveBeenCalled();
      const post = ctx.kanal().services.posts.list({})[0];
      await ctx.kanal().services.posts.save({ id: post?.id ?? '', title: 'Ny titel' });
      const bengt = samtal.comment('203');
      await ctx.kanal().services.replies.create({ ...bengt, text: 'Tack', done: true });
      await search('titel');
      expect(add.mock.calls.map(([, , fields]) => fields.text)).toEqual([expect.any(String), 'Tack']);
      expect(add.mock.calls[0]?.[2].title).toBe('Ny titel');
    } finally {
      add.mockRestore();
    }
  });

  it('builds its index in slices, letting the event loop run while a big library is indexed', async () => {
    const { posts } = ctx.kanal().services;
    for (let i = 0; i < 300; i++) {
      const post = await posts.create({ title: `Inlägg ${i}` });
      await posts.save({
        id: post.id,
        doc: doc(`Stycke ${i}: ${'sociala nätverk skapar nya kommunikationsvägar '.repeat(40)}`),
      });
    }
    let ranBetween = 0;
    const ticker = (async () => {
      for (let i = 0; i < 1000 && ranBetween >= 0; i++) {
        await nextTurn();
        ranBetween += 1;
      }
    })();
    const result = await search('nätverk');
    const during = ranBetween;
    ranBetween = -1;
    await ticker;
    expect(result.counts.post).toBe(300);
    expect(during).toBeGreaterThan(1);
    // 300 posts made and saved durably, each with its first revision, before the search is even asked.
  }, 120_000);

  it('answers through the contract, refusing a query that is too long', async () => {
    expect(await dispatch(ctx.kanal().handlers, 'search.query', { query: 'x'.repeat(501) })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    const answer = await dispatch(ctx.kanal().handlers, 'search.query', { query: 'Östersund' });
    expect(answer.ok && (answer.value as SearchResult).hits.length).toBeGreaterThan(0);
  });
});

describe('folding', () => {
  it.each([
    ['Varumärke', 'varumarke'],
    ['ÖSTERSUND', 'ostersund'],
    ['Ærø', 'aero'],
    ['Straße', 'strasse'],
    ['Åsa Ørsted', 'asa orsted'],
    ['a\u0308', 'a'],
    ['ﬁka', 'fika'],
  ])('%s → %s', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });
});
