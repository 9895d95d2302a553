import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeComments, type NormalizedComment } from '../../../electron/core/import';
import type { Comment } from '../../../electron/core/shared/schema';
import { bytesOf, fixturePath, importBytes, importFixture, threadTitled } from './importFixture';

const idMaker = (prefix = 'c') => {
  let n = 0;
  return () => `${prefix}${++n}`;
};

const reglerComments = async (xml?: string): Promise<NormalizedComment[]> => {
  const result = xml ? await importBytes('wxr-rules.xml', bytesOf(xml)) : await importFixture('wxr-rules.xml');
  return threadTitled(result, 'Regler').comments;
};

const byExternal = (comments: Comment[], externalId: string): Comment => {
  const found = comments.find((c) => c.externalId === externalId);
  if (!found) throw new Error(`no ${externalId}`);
  return found;
};

describe('mergeComments', () => {
  it('gives new comments fresh ids and maps source parents to them', async () => {
    const incoming = await reglerComments();
    const { comments, added } = mergeComments([], incoming, idMaker());
    expect(added).toBe(16);
    expect(new Set(comments.map((c) => c.id)).size).toBe(16);
    expect(byExternal(comments, '102').parentId).toBe(byExternal(comments, '101').id);
    expect(byExternal(comments, '111').parentId).toBe(byExternal(comments, '110').id);
    expect(byExternal(comments, '104')).toMatchObject({ parentId: null, orphan: true, byAuthorOverride: null });
    expect(comments.every((c, i) => i === 0 || (comments[i - 1]?.date ?? '') <= (c.date ?? ''))).toBe(true);
  });

  it('changes nothing when the same file is imported again', async () => {
    const incoming = await reglerComments();
    const first = mergeComments([], incoming, idMaker());
    const again = mergeComments(first.comments, await reglerComments(), idMaker('x'));
    expect(again.added).toBe(0);
    expect(again.comments).toEqual(first.comments);
  });

  it('keeps the author’s own override across imports', async () => {
    const first = mergeComments([], await reglerComments(), idMaker());
    const corrected = first.comments.map((c) => (c.externalId === '118' ? { ...c, byAuthorOverride: true } : c));
    const again = mergeComments(corrected, await reglerComments(), idMaker('x'));
    expect(byExternal(again.comments, '118').byAuthorOverride).toBe(true);
  });

  it('adds only the new comments of a newer export, threading them under comments kept from before', async () => {
    const v1 = readFileSync(fixturePath('wxr-rules.xml'), 'utf8');
    const reply =
      '<wp:comment><wp:comment_id>121</wp:comment_id><wp:comment_author>Nykomling</wp:comment_author><wp:comment_date_gmt>2020-02-01 10:00:00</wp:comment_date_gmt><wp:comment_content>Sent svar</wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_parent>101</wp:comment_parent></wp:comment>';
    const v2 = v1
      .replace('<wp:comment_approved>0</wp:comment_approved>', '<wp:comment_approved>1</wp:comment_approved>')
      .replace('</wp:comment>\n  </item>', `</wp:comment>\n${reply}\n  </item>`);
    const first = mergeComments([], await reglerComments(v1), idMaker());
    const second = mergeComments(first.comments, await reglerComments(v2), idMaker('new'));
    expect(second.added).toBe(1);
    expect(byExternal(second.comments, '121')).toMatchObject({
      id: 'new1',
      parentId: byExternal(first.comments, '101').id,
    });
    // A comment approved since the last export keeps its id and takes its new state.
    expect(byExternal(second.comments, '114')).toMatchObject({
      id: byExternal(first.comments, '114').id,
      status: 'approved',
    });
    expect(second.comments.at(-1)?.externalId).toBe('121');
  });

  it('keeps comments a newer file no longer has', async () => {
    const first = mergeComments([], await reglerComments(), idMaker());
    const fewer = (await reglerComments()).filter((c) => c.externalId !== '119');
    const second = mergeComments(first.comments, fewer, idMaker('x'));
    expect(second.added).toBe(0);
    expect(second.comments).toEqual(first.comments);
  });

  it('links a reply to a parent that only an earlier import holds', () => {
    const parent: Comment = {
      id: 'old1',
      externalId: '5',
      parentId: null,
      author: { name: 'A' },
      date: '2020-01-01T00:00:00.000Z',
      status: 'approved',
      kind: 'comment',
      orphan: false,
      byAuthorSource: false,
      byAuthorOverride: null,
      html: '<p>a</p>',
      text: 'a',
      fingerprint: 'disqus:t#5',
      noReplyNeeded: false,
    };
    const reply: NormalizedComment = {
      externalId: '6',
      parentExternalId: '5',
      author: { name: 'B' },
      date: '2020-01-02T00:00:00.000Z',
      status: 'approved',
      kind: 'comment',
      orphan: false,
      byAuthorSource: false,
      html: '<p>b</p>',
      text: 'b',
      fingerprint: 'disqus:t#6',
    };
    const { comments, added } = mergeComments([parent], [reply], idMaker());
    expect(added).toBe(1);
    expect(comments.map((c) => [c.id, c.parentId, c.orphan])).toEqual([
      ['old1', null, false],
      ['c1', 'old1', false],
    ]);
  });

  it('re-imports pasted text without dates or names idempotently, and adds a newly pasted comment', async () => {
    const pasted = readFileSync(fixturePath('pasted-sv-doubled.txt'), 'utf8');
    const load = async (text: string) => (await importBytes('pasted.txt', bytesOf(text))).threads[0]?.comments ?? [];
    const first = mergeComments([], await load(pasted), idMaker());
    expect(first.added).toBe(7);
    const again = mergeComments(first.comments, await load(pasted), idMaker('x'));
    expect(again.added).toBe(0);
    expect(again.comments).toEqual(first.comments);
    const newer = pasted.replace('\nLämna ett svar', ' 15. En ny kommentar.\n\n  Svara\n\nLämna ett svar');
    const third = mergeComments(again.comments, await load(newer), idMaker('n'));
    expect(third.added).toBe(1);
    expect(third.comments.at(-1)).toMatchObject({ id: 'n1', text: 'En ny kommentar.' });
  });

  it('keeps two identical undated comments far apart as two', async () => {
    const text = 'T\n\n2 svar på ”T”\n\n 1. Tack!\n\n  Svara\n 2. Något annat.\n\n  Svara\n 3. Tack!\n\n  Svara\n';
    const comments = (await importBytes('t.txt', bytesOf(text))).threads[0]?.comments ?? [];
    expect(comments.map((c) => c.text)).toEqual(['Tack!', 'Något annat.', 'Tack!']);
    expect(new Set(comments.map((c) => c.fingerprint)).size).toBe(3);
    const merged = mergeComments([], comments, idMaker());
    expect(mergeComments(merged.comments, comments, idMaker('x')).added).toBe(0);
  });
});
