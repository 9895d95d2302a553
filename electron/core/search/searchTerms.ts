import { foldText } from '../shared/content/foldText';

// Words lie between spaces, line breaks, punctuation and symbols: "B2B" is one word, "e-post" two, "<b>" gives "b".
const WORD = /[^\n\r\p{Z}\p{P}\p{S}]+/gu;

export const tokenize = (text: string): string[] => text.match(WORD) ?? [];

// Index and query terms alike ignore case and diacritics, so "ostersund" finds "Östersund".
export const processTerm = (term: string): string | null => foldText(term) || null;

// The words of `text` whose folded form is one of `terms`, as [start, end) ranges; at most `max` of them.
export function matchRanges(text: string, terms: ReadonlySet<string>, max = Infinity): [number, number][] {
  const ranges: [number, number][] = [];
  const folded = new Map<string, boolean>();
  for (const match of text.matchAll(WORD)) {
    let hit = folded.get(match[0]);
    if (hit === undefined) {
      hit = terms.has(foldText(match[0]));
      folded.set(match[0], hit);
    }
    if (hit) {
      ranges.push([match.index, match.index + match[0].length]);
      if (ranges.length >= max) break;
    }
  }
  return ranges;
}
