const PIECE = 1000;

// Cuts text into pieces of about 1,000 characters, only at whitespace (where no word or character ends up split):
// Node 20's Intl.Segmenter slows down quadratically on long strings, so long posts are counted piece by piece.
export function* textPieces(text: string): Generator<string> {
  let start = 0;
  while (text.length - start > PIECE) {
    const space = text.slice(start + PIECE).search(/\s/);
    if (space < 0) break;
    const end = start + PIECE + space + 1;
    yield text.slice(start, end);
    start = end;
  }
  yield text.slice(start);
}
