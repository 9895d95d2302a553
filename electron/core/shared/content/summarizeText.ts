import { excerpt } from './excerpt';

// How much of a text can show in a summary of `maxLength` characters: a few times that, unless it is mostly spaces.
const HEAD_FACTOR = 4;
// Collapsing spaces differs at a cut by at most its last characters; the word rule looks a few characters ahead.
const HEAD_MARGIN = 8;

// The first `maxLength` characters of a text on one line, cut at a word boundary, for descriptions and previews.
export function summarizeText(text: string, maxLength = 160): string {
  // A long post's body is reshaped only as far as its summary can reach.
  const head = text.slice(0, maxLength * HEAD_FACTOR);
  const line = head.replace(/\s+/g, ' ');
  const enough = head.length === text.length || line.trim().length > maxLength + HEAD_MARGIN;
  return excerpt(enough ? line : text.replace(/\s+/g, ' '), maxLength);
}
