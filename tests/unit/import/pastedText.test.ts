import { describe, expect, it } from 'vitest';
import { bytesOf, commentWithId, idsOf, importBytes, importFixture, refusalOf } from './importFixture';

describe('pasted text with names and dates (pasted-en-names.txt)', () => {
  const load = (names: string[] = []) => importFixture('pasted-en-names.txt', { identities: { names, emails: [] } });

  it('reads “Name says:” and the date line', async () => {
    const thread = (await load()).threads[0];
    expect(thread?.title).toBe('Channels in a connected world');
    expect(commentWithId(thread!, '1')).toMatchObject({
      author: { name: 'Anna Berg' },
      date: '2010-05-03T10:15:00.000Z',
      text: 'Great overview. I use C2C every day.',
    });
    expect(commentWithId(thread!, '7').date).toBe('2010-05-04T14:30:00.000Z');
  });

  it('drops the copy of a comment, but not the same words from someone else', async () => {
    const result = await load();
    expect(result.skipped.duplicate).toBe(1);
    expect(idsOf(result.threads[0]!)).toEqual(['1', '3', '4', '5', '6', '7', '8']);
    expect(commentWithId(result.threads[0]!, '6').text).toBe('Thanks!');
  });

  it('threads @Name replies to the latest earlier comment by Name', async () => {
    const thread = (await load()).threads[0]!;
    expect(commentWithId(thread, '3').parentExternalId).toBe('1');
    expect(commentWithId(thread, '4').parentExternalId).toBe('3');
    // "@Anna Berg I agree" names Anna Berg, not Anna.
    expect(commentWithId(thread, '7').parentExternalId).toBe('1');
    expect(commentWithId(thread, '8')).toMatchObject({ parentExternalId: null, orphan: false });
  });

  it('keeps a numbered list inside a comment in that comment', async () => {
    const thread = (await load()).threads[0]!;
    expect(commentWithId(thread, '7').text).toContain('1. Channels matter.\n2. People matter more.');
  });

  it('recognizes the author by name from Settings', async () => {
    const thread = (await load(['karin skribent'])).threads[0]!;
    expect(thread.comments.filter((c) => c.byAuthorSource).map((c) => c.externalId)).toEqual(['4']);
  });
});

describe('Swedish pasted text', () => {
  it('reads “3 svar på ”Titel””, “Name säger:”, Swedish dates, “Svara” and “Lämna ett svar”', async () => {
    const result = await importFixture('pasted-sv.txt');
    expect(result.format).toBe('text');
    const thread = result.threads[0]!;
    expect(thread.title).toBe('Kanaler');
    expect(thread.postHtml).toBe('<p>Om B2B och E2E.</p>');
    expect(thread.comments.map((c) => [c.externalId, c.author.name, c.date, c.text, c.parentExternalId])).toEqual([
      ['1', 'Lisa', '2010-05-03T10:15:00.000Z', 'Bra skrivet!', null],
      ['2', 'Karin', '2010-05-03T11:20:00.000Z', '@Lisa: Tack!', '1'],
      ['3', 'Lisa', '2010-05-04T08:05:00.000Z', 'Varsågod.', null],
    ]);
  });

  it('accepts a header whose closing quote was lost', async () => {
    const result = await importFixture('pasted-missing-quote.txt');
    const thread = result.threads[0]!;
    expect(thread.title).toBe('En kort post');
    expect(thread.comments.map((c) => c.text)).toEqual(['Första kommentaren.', 'Andra kommentaren.']);
  });

  it('reads comments copied without numbers, one per “Reply”', async () => {
    const text =
      'Titel\n\nText.\n\nOne thought on “Titel”\n\nEva says:\nHej!\nReply\nOlof says:\n@Eva, hej själv.\nReply\nLeave a Reply\n';
    const thread = (await importBytes('paste.txt', bytesOf(text))).threads[0]!;
    expect(thread.comments.map((c) => [c.author.name, c.text, c.parentExternalId])).toEqual([
      ['Eva', 'Hej!', null],
      ['Olof', '@Eva, hej själv.', '1'],
    ]);
  });

  it('escapes markup typed into pasted text', async () => {
    const text = 'T\n\n<b>fet</b>\n\n1 svar på ”T”\n\n 1. <script>alert(1)</script> & <i>hej</i>\n\n  Svara\n';
    const thread = (await importBytes('paste.txt', bytesOf(text), { format: 'text' })).threads[0]!;
    expect(thread.postHtml).toBe('<p>&lt;b&gt;fet&lt;/b&gt;</p>');
    expect(thread.comments[0]?.html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;i&gt;hej&lt;/i&gt;</p>');
    expect(thread.comments[0]?.text).toBe('<script>alert(1)</script> & <i>hej</i>');
  });

  it('refuses text forced as pasted comments that has no comments header', async () => {
    const refused = await refusalOf('notes.txt', bytesOf('Just some notes\n\n1. one\n2. two\n'), { format: 'text' });
    expect(refused.problem).toMatch(/no “N thoughts on …” line/);
  });
});
