import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeComments } from '../../../electron/core/import';
import { bytesOf, importBytes } from '../../unit/import/importFixture';
import { corpusPath } from '../corpusFixtures';

const idMaker = (prefix = 'c') => {
  let n = 0;
  return () => `${prefix}${++n}`;
};

describe('mergeComments on the seed', () => {
  it('re-imports pasted text without dates or names idempotently, and adds a newly pasted comment', async () => {
    const seed = readFileSync(corpusPath('seed/blog-post-with-comments.sv.txt'), 'utf8');
    const load = async (text: string) => (await importBytes('seed.txt', bytesOf(text))).threads[0]?.comments ?? [];
    const first = mergeComments([], await load(seed), idMaker());
    expect(first.added).toBe(7);
    const again = mergeComments(first.comments, await load(seed), idMaker('x'));
    expect(again.added).toBe(0);
    expect(again.comments).toEqual(first.comments);
    const newer = seed.replace('\nLeave a Reply', ' 15. En ny kommentar.\n\n  Reply\n\nLeave a Reply');
    const third = mergeComments(again.comments, await load(newer), idMaker('n'));
    expect(third.added).toBe(1);
    expect(third.comments.at(-1)).toMatchObject({ id: 'n1', text: 'En ny kommentar.' });
  });
});
