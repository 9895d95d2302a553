import { describe, expect, it } from 'vitest';
import { READER_LINK_REL as LINK_REL } from '../../../electron/core/shared/policy';
import { commentWithId, idsOf, importFixture, threadTitled } from './importFixture';

const load = (identities = { names: [] as string[], emails: [] as string[] }) =>
  importFixture('wxr-rules.xml', { identities });

describe('WordPress comment rules (wxr-rules.xml)', () => {
  it('drops spam, trash, notes and duplicates, counted by reason', async () => {
    const result = await load();
    expect(result.skipped).toEqual({ spam: 2, trash: 1, deleted: 0, note: 1, duplicate: 1, missingThread: 0 });
    expect(idsOf(threadTitled(result, 'Regler'))).toEqual([
      '101',
      '102',
      '104',
      '108',
      '109',
      '110',
      '111',
      '112',
      '113',
      '114',
      '115',
      '116',
      '117',
      '118',
      '119',
      '120',
    ]);
  });

  it('returns every post or page with comments, even when all were dropped, and no item without any', async () => {
    const result = await load();
    expect(result.threads.map((t) => [t.title, t.comments.length])).toEqual([
      ['Regler', 16],
      ['Bara spam', 0],
      ['Om bloggen', 1],
    ]);
    expect(result.warnings).toEqual([
      'Skipped 1 item that is not a post or page, as WordPress does: “bild.jpg” (attachment, 1 comment)',
    ]);
  });

  it('threads replies, follows a dropped duplicate to its kept copy, and makes orphans of the rest', async () => {
    const thread = threadTitled(await load(), 'Regler');
    expect(commentWithId(thread, '102')).toMatchObject({ parentExternalId: '101', orphan: false });
    expect(commentWithId(thread, '108')).toMatchObject({ parentExternalId: '101', orphan: false });
    expect(commentWithId(thread, '104')).toMatchObject({ parentExternalId: null, orphan: true });
    expect(commentWithId(thread, '109')).toMatchObject({ parentExternalId: null, orphan: true });
    expect(commentWithId(thread, '119')).toMatchObject({ parentExternalId: null, orphan: false });
  });

  it('breaks a parent cycle at its first comment', async () => {
    const thread = threadTitled(await load(), 'Regler');
    expect(commentWithId(thread, '110')).toMatchObject({ parentExternalId: null, orphan: true });
    expect(commentWithId(thread, '111')).toMatchObject({ parentExternalId: '110', orphan: false });
  });

  it('keeps pingbacks and trackbacks marked, and pending comments pending', async () => {
    const thread = threadTitled(await load(), 'Regler');
    expect(commentWithId(thread, '112')).toMatchObject({ kind: 'pingback', author: { name: 'Grannbloggen » Regler' } });
    expect(commentWithId(thread, '112').text).toBe('[…] läs hos Karin […]');
    expect(commentWithId(thread, '113').kind).toBe('trackback');
    expect(commentWithId(thread, '114').status).toBe('pending');
  });

  it('knows the post author by user id or e-mail, and not a colleague', async () => {
    const thread = threadTitled(await load(), 'Regler');
    const own = thread.comments.filter((c) => c.byAuthorSource).map((c) => c.externalId);
    expect(own).toEqual(['102', '115']);
    expect(commentWithId(thread, '120').byAuthorSource).toBe(false);
  });

  it('adds the identities from Settings, trimmed and case-insensitive', async () => {
    const thread = threadTitled(await load({ names: ['  bo '], emails: ['IDA@example.ORG'] }), 'Regler');
    const own = thread.comments.filter((c) => c.byAuthorSource).map((c) => c.externalId);
    expect(own).toEqual(['102', '108', '115', '118', '119']);
  });

  it('reads GMT dates as UTC and falls back to the local date when GMT is zero', async () => {
    const thread = threadTitled(await load(), 'Regler');
    expect(commentWithId(thread, '101').date).toBe('2020-01-01T10:00:00.000Z');
    expect(commentWithId(thread, '116').date).toBe('2020-01-05T12:00:00.000Z');
  });

  it('turns WordPress line breaks into paragraphs, as WordPress shows them', async () => {
    const comment = commentWithId(threadTitled(await load(), 'Regler'), '101');
    expect(comment.html).toBe('<p>Hej!</p>\n<p>Andra stycket<br />\nrad två</p>');
    expect(comment.text).toBe('Hej!\n\nAndra stycket\nrad två');
    expect(comment.author).toEqual({ name: 'Anna', email: 'anna@example.org', url: 'https://anna.example.org/' });
  });

  it('sanitizes hostile comments and authors', async () => {
    const comment = commentWithId(threadTitled(await load(), 'Regler'), '117');
    expect(comment.author).toEqual({ name: 'Eve & co' });
    expect(comment.html).toBe(`<p>Titta här och <a href="https://ok.example/sida" rel="${LINK_REL}">där</a>.</p>`);
    expect(comment.text).toBe('Titta här och där.');
  });

  it('describes the post: key, link, slug, language, terms, author, text for suggestions', async () => {
    const thread = threadTitled(await load(), 'Regler');
    expect(thread).toMatchObject({
      sourceKey: 'https://kanal.example/?p=10',
      url: 'https://kanal.example/2020/01/regler/',
      slug: 'regler',
      lang: 'sv-SE',
      categories: ['Kommunikation', 'regler'],
      publishedAt: '2020-01-01T08:00:00.000Z',
      author: { name: 'Karin Skribent', email: 'karin@kanal.example', username: 'karin', userId: '7' },
      postHtml: '<p>Om B2B och <strong>C2C</strong>.</p>',
      suggestedText: 'Regler\n\nOm B2B och C2C.',
    });
  });

  it('fingerprints by source id, and by content when the source has no id', async () => {
    const result = await load();
    expect(commentWithId(threadTitled(result, 'Regler'), '101').fingerprint).toBe(
      'wxr:https://kanal.example/?p=10#101',
    );
    const unnumbered = threadTitled(result, 'Om bloggen').comments[0];
    expect(unnumbered).toMatchObject({ externalId: 'position-1', status: 'approved' });
    expect(unnumbered?.fingerprint).toMatch(/^wxr:sha1:[0-9a-f]{40}$/);
  });
});
