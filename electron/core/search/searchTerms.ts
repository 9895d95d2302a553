import { foldText } from '../shared/content/foldText';

// Words lie between spaces, line breaks, punctuation and symbols: "B2B" is one word, "e-post" two, "<b>" gives "b".
const WORD = /[^\n\r\p{Z}\p{P}\p{S}]+/gu;

export const tokenize = (text: string): string[] => text.match(WORD) ?? [];

// Folding costs more than looking a word up, and texts repeat their words: the latest words' folds are kept.
const FOLDS_KEPT = 50_000;
const folds = new Map<string, string>();

function foldWord(word: string): string {
  let folded = folds.get(word);
  if (folded === undefined) {
    if (folds.size >= FOLDS_KEPT) folds.clear();
    folded = foldText(word);
    folds.set(word, folded);
  }
  return folded;
}

// Index and query terms alike ignore case and diacritics, so "ostersund" finds "Östersund".
export const processTerm = (term: string): string | null => foldWord(term) || null;

// The words of `text` whose folded form is one of `terms`, as [start, end) ranges; at most `max` of them.
export function matchRanges(text: string, terms: ReadonlySet<string>, max = Infinity): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(WORD)) {
    if (!terms.has(foldWord(match[0]))) continue;
    ranges.push([match.index, match.index + match[0].length]);
    if (ranges.length >= max) break;
  }
  return ranges;
}
