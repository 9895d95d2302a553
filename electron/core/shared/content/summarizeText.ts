const ELLIPSIS = '…';

// The first `maxLength` characters of a text on one line, cut at a word boundary, for descriptions and previews.
export function summarizeText(text: string, maxLength = 160): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= maxLength) return line;
  const room = line.slice(0, maxLength - ELLIPSIS.length + 1);
  const lastSpace = room.lastIndexOf(' ');
  // A single overlong word is cut where it must be rather than dropped.
  const cut = lastSpace > 0 ? room.slice(0, lastSpace) : room.slice(0, maxLength - ELLIPSIS.length);
  return cut.replace(/[\s,;:.!?–—-]+$/u, '') + ELLIPSIS;
}
