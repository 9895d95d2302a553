import { textPieces } from './textPieces';

// Unicode word boundaries (UAX #29): "långtifrån" is one word, "företag/konsument" two, "B2B" and "3,5" one each.
const wordSegmenter = new Intl.Segmenter('sv', { granularity: 'word' });
const graphemeSegmenter = new Intl.Segmenter('sv', { granularity: 'grapheme' });

// A hyphen between two words without spaces joins them, as word processors count: "e-post", "C2B-kanalen".
const JOINING_HYPHENS = new Set(['-', '\u2010', '\u2011']);

export function countWords(text: string): number {
  let words = 0;
  for (const piece of textPieces(text)) words += countPieceWords(piece);
  return words;
}

function countPieceWords(text: string): number {
  let words = 0;
  let previousWasWord = false;
  let joinNext = false;
  for (const segment of wordSegmenter.segment(text)) {
    if (segment.isWordLike) {
      if (!joinNext) words += 1;
      previousWasWord = true;
      joinNext = false;
    } else {
      joinNext = previousWasWord && JOINING_HYPHENS.has(segment.segment);
      previousWasWord = false;
    }
  }
  return words;
}

// Characters as the reader sees them (an emoji or "å" in either normal form is one); line breaks are layout, not text.
export function countCharacters(text: string): number {
  let characters = 0;
  for (const piece of textPieces(text)) {
    for (const { segment } of graphemeSegmenter.segment(piece)) {
      if (segment !== '\n' && segment !== '\r' && segment !== '\r\n') characters += 1;
    }
  }
  return characters;
}
