// Letters that do not decompose into a base letter plus a mark.
const SPELLED_OUT: Record<string, string> = { æ: 'ae', ø: 'o', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', þ: 'th', ð: 'd' };

// Text as plain lower-case letters, for matching that ignores case and diacritics: "Östersund" → "ostersund",
// "varumärke" → "varumarke", "Ærø" → "aero", "Straße" → "strasse".
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøœßđłþð]/g, (letter) => SPELLED_OUT[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}
