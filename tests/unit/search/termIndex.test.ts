import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { processTerm, tokenize } from '../../../electron/core/search/searchTerms';
import { TermIndex, type IndexedFields } from '../../../electron/core/search/termIndex';

interface Doc extends IndexedFields {
  id: string;
  group: number;
}

const WORDS = [
  'kanal',
  'kanalen',
  'varumärke',
  'Östersund',
  'läsare',
  'relationerna',
  'förtroende',
  'och',
  'att',
  'B2B',
];
// A small library of posts (group 0) and comments (group 1) with words drawn unevenly, so scores differ.
const docs: Doc[] = Array.from({ length: 300 }, (_, n) => {
  const words = Array.from({ length: 3 + (n % 11) }, (_, i) => WORDS[(n * 7 + i * i) % (1 + (i % WORDS.length))]);
  return {
    id: `d${n}`,
    group: n % 3 === 0 ? 0 : 1,
    title: n % 3 === 0 ? `Inlägg ${n} om ${WORDS[n % WORDS.length]}` : '',
    text: words.join(' '),
    author: n % 3 === 0 ? '' : `Läsare ${n % 7}`,
  };
});

// The ranking Kanal's search had from MiniSearch itself, which the index must keep.
const reference = new MiniSearch<Doc>({
  fields: ['title', 'text', 'author'],
  tokenize,
  processTerm,
  searchOptions: {
    boost: { title: 3, author: 2 },
    prefix: (term: string) => term.length >= 2,
    fuzzy: (term: string) => (term.length >= 4 ? 0.2 : false),
    maxFuzzy: 2,
  },
});
const index = new TermIndex(2);
for (const doc of docs) {
  reference.add(doc);
  index.add(doc.id, doc.group, doc);
}
// Changes on the way: some documents removed, some of them back.
for (const doc of docs.slice(0, 60)) {
  reference.discard(doc.id);
  index.remove(doc.id, doc);
}
for (const doc of docs.slice(0, 30)) {
  reference.add(doc);
  index.add(doc.id, doc.group, doc);
}

describe('TermIndex', () => {
  it.each(['kanal', 'varumarke', 'ostersund', 'läs', 'relatoinerna', 'förtroende kanal', 'b2b och', 'inlägg 3'])(
    'ranks "%s" as MiniSearch does, with every word or with any',
    (query) => {
      for (const combine of ['and', 'or'] as const) {
        const expected = reference.search(query, { combineWith: combine === 'and' ? 'AND' : 'OR' });
        const answer = index.search(query, combine, 5);
        for (const group of [0, 1]) {
          const mine = expected.filter((r) => docs.find((d) => d.id === r.id)?.group === group);
          expect(answer.counts[group]).toBe(mine.length);
          const best = answer.best[group] ?? [];
          expect(best.map((hit) => hit.key)).toEqual(mine.slice(0, 5).map((r) => r.id));
          best.forEach((hit, i) => {
            expect(hit.score).toBeCloseTo(mine[i]?.score ?? -1, 9);
            expect([...hit.terms].sort()).toEqual([...(mine[i]?.terms ?? [])].sort());
          });
        }
      }
    },
  );

  it('finds nothing of a removed document, and a document again once it is back', () => {
    const doc = docs[40] as Doc;
    const local = new TermIndex(2);
    local.add(doc.id, doc.group, { ...doc, text: 'hjortronsylt' });
    expect(local.search('hjortron', 'and', 5).counts).toEqual([doc.group === 0 ? 1 : 0, doc.group === 1 ? 1 : 0]);
    local.remove(doc.id, { ...doc, text: 'hjortronsylt' });
    expect(local.search('hjortron', 'or', 5).counts).toEqual([0, 0]);
    expect(local.size).toBe(0);
    local.add(doc.id, doc.group, { ...doc, text: 'lingonsylt' });
    expect(local.search('hjortron', 'or', 5).counts).toEqual([0, 0]);
    expect(
      local
        .search('lingon', 'or', 5)
        .best.flat()
        .map((hit) => hit.key),
    ).toEqual([doc.id]);
  });
});
