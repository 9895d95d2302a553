import type { TextRange } from '../api';
import { matchRanges } from './searchTerms';

const SNIPPET_LENGTH = 160;
// Words shown before the first match, so it reads in context.
const LEAD = 40;
const ELLIPSIS = '…';

// Where the snippet starts: a word start at most LEAD characters before the first match.
function windowStart(line: string, first: number): number {
  if (first <= LEAD) return 0;
  const space = line.indexOf(' ', first - LEAD);
  return space >= 0 && space < first ? space + 1 : first;
}

// The stretch of `text` around its first match, on one line and cut at words, with the matching words' ranges.
export function makeSnippet(text: string, terms: ReadonlySet<string>): { snippet: string; ranges: TextRange[] } {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= SNIPPET_LENGTH) return { snippet: line, ranges: matchRanges(line, terms) };
  const start = windowStart(line, matchRanges(line, terms, 1)[0]?.[0] ?? 0);
  let end = Math.min(line.length, start + SNIPPET_LENGTH);
  if (end < line.length) {
    const space = line.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const before = start > 0 ? ELLIPSIS : '';
  const after = end < line.length ? ELLIPSIS : '';
  return {
    snippet: before + line.slice(start, end) + after,
    ranges: matchRanges(line.slice(start, end), terms).map(([s, e]): TextRange => [
      s + before.length,
      e + before.length,
    ]),
  };
}
