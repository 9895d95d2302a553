// Letters that do not decompose into a base letter plus a mark.
const SPELLED_OUT: Record<string, string> = { æ: 'ae', ø: 'o', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', þ: 'th', ð: 'd' };
const MAX_SLUG_LENGTH = 60;

// A file- and URL-safe name: "Kanaler för företag" → "kanaler-for-foretag"; empty when nothing usable is left.
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const ascii = text
    .toLowerCase()
    .replace(/[æøœßđłþð]/g, (letter) => SPELLED_OUT[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
  const dashed = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (dashed.length <= maxLength) return dashed;
  const cut = dashed.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  // Cut at a word boundary when there is one, else mid-word.
  return (lastDash > 0 ? cut.slice(0, lastDash) : cut.slice(0, maxLength)).replace(/-+$/, '');
}
