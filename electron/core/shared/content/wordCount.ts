// One word rule for Node and every browser, over Unicode properties alone: Intl.Segmenter's word breaks differ
// between ICU builds ("t.ex.", "example.com") and grow quadratically on long strings in Node 20.

// Han, hiragana and katakana are written without spaces: each character is one word, as word processors count them.
const CJK = String.raw`[[\p{L}\p{Nl}]&&[\p{scx=Hani}\p{scx=Hira}\p{scx=Kana}]]`;
// A word starts with a letter or digit; marks and invisible joiners (soft hyphen, ZWNJ, ZWJ, word joiner) continue it.
const START = String.raw`[[\p{L}\p{N}]--${CJK}]`;
const CONTINUE = String.raw`[[\p{L}\p{N}\p{M}\u00AD\u2060\u200C-\u200D]--${CJK}]`;
// Punctuation that stays inside a word with letters or digits on both sides: t.ex., don't, e-post, EU:s, snake_case,
// anna@example.se, https://example.se/sök?q=a&b=c#top, och/eller.
const JOINERS = String.raw`[.'’\-\u2010\u2011_@:\/?=&#%+~]`;
// A comma only joins digits: 1,000 and 3,5.
const DIGIT_COMMA = String.raw`(?<=\p{N}),(?=\p{N})`;
const RUN = `${START}${CONTINUE}*`;
const WORD_SOURCE = String.raw`${CJK}\p{M}*|${RUN}(?:(?:${JOINERS}+|${DIGIT_COMMA})${RUN})*`;
// Built from a string: TypeScript accepts the v flag (set difference and intersection) in literals only from ES2024.
// Built on first use: resolving its Unicode sets takes ~10 ms, which a command that counts nothing should not wait.
let wordRule: RegExp | null = null;
const wordRegExp = (): RegExp => (wordRule ??= new RegExp(WORD_SOURCE, 'gv'));

// Words as a reader counts them: dashes, brackets, quotes and emoji are not words; linear in the length of the text.
export function countWords(text: string): number {
  const word = wordRegExp();
  let words = 0;
  word.lastIndex = 0;
  while (word.test(text)) words += 1;
  return words;
}

// Where each word ends, in order, found by the same rule: the places a text may be cut without splitting a word.
export function* wordEnds(text: string): Generator<number> {
  for (const match of text.matchAll(new RegExp(wordRegExp()))) yield match.index + match[0].length;
}
