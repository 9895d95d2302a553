// Characters as a reader sees them (Unicode's grapheme clusters, closely enough for a count), the same in Node and
// every browser: Intl.Segmenter's graphemes grow quadratically on long strings in Node 20.

// What belongs to the character before it: combining marks (also variation selectors), emoji skin tones, the tags of
// subdivision flags, ZWNJ, and the vowel and final jamo of decomposed Hangul.
const EXTEND = String.raw`[\p{M}\p{Emoji_Modifier}\u200C\u{E0020}-\u{E007F}\u1160-\u11FF\uD7B0-\uD7FF]`;
// A zero-width joiner glues the next pictograph into one emoji (👩‍💻); a virama glues the next letter into a conjunct (क्ष).
const GLUE = String.raw`\u200D\p{Extended_Pictographic}?|[\u094D\u09CD\u0ACD\u0B4D\u0C4D\u0D4D]\p{L}`;
// Two regional indicators are one flag; line breaks are layout, not text.
const CHARACTER = new RegExp(String.raw`\p{RI}{2}|[^\r\n](?:${GLUE}|${EXTEND})*`, 'gu');

// "å" in either normal form, an emoji with its skin tone and a flag each count once; spaces count, line breaks do not.
export function countCharacters(text: string): number {
  let characters = 0;
  CHARACTER.lastIndex = 0;
  while (CHARACTER.test(text)) characters += 1;
  return characters;
}
