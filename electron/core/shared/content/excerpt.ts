import { wordEnds } from './wordCount';

export const ELLIPSIS = '…';

// At most `maxLength` characters of a text, line breaks kept, cut after the last whole word that fits (by the one
// word rule, so Chinese and Japanese too) and marked with an ellipsis.
export function excerpt(text: string, maxLength: number): string {
  const tidy = text
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
  if (tidy.length <= maxLength) return tidy;
  const room = maxLength - ELLIPSIS.length;
  let cut = 0;
  for (const end of wordEnds(tidy)) {
    if (end > room) break;
    cut = end;
  }
  // A single overlong word is cut where it must be rather than dropped.
  return `${tidy.slice(0, cut > 0 ? cut : room).trimEnd()}${ELLIPSIS}`;
}
