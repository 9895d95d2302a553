import { describe, expect, it } from 'vitest';
import { countCharacters } from '../../../electron/core/shared/content/characterCount';
import { countWords } from '../../../electron/core/shared/content/wordCount';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n\n ', 0],
    ['… – — / @ -- ()', 0],
    ['Hello, world!', 2],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it.each([
    // Abbreviations are one word each, with or without their last full stop.
    ['Se t.ex. bl.a. sidan example.com.', 5],
    ['Det är långtifrån klart, dvs. p.g.a. EU:s regler m.m.', 9],
    ['Skicka e-post till anna.svensson@example.se före kl. 10.30.', 7],
    ['Räntan är 3,5 % och 1,25 procentenheter.', 6],
    ['Kommunikation företag/konsument (B2C) och C2B-kanaler.', 5],
    ['Öl, ägg och ål — 42 st.', 6],
    ['e-post – ett tankstreck med mellanslag', 5],
    ['företag—konsument utan mellanslag', 4],
    // "långtifrån" written with combining accents and with a soft hyphen.
    ['la\u030Angtifra\u030An och lång\u00ADtifrån', 3],
  ])('Swedish: %j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it.each([
    ["Don't stop: it's 3.14 or 1,000 people.", 7],
    ['See e.g. the U.S.A. page at https://example.com/path?q=word&lang=en#top.', 7],
    ['Write to jane.doe@example.com or visit www.example.org/blog.', 6],
    ['A well-known O’Brien said “rock ’n’ roll” isn’t dead.', 9],
    ['snake_case and C++ and 50% and #hashtag', 7],
  ])('English: %j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it.each([
    ['👍', 0],
    ['Emoji 👋🏽 🇸🇪 👩‍💻 ❤️ count as no word', 5],
    ['Bra👍jobbat', 2],
  ])('emoji: %j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it.each([
    // Written without spaces: every Han, hiragana or katakana character is a word, punctuation is not.
    ['日本語の文章です。', 8],
    ['中文字符，每个字一个词。', 10],
    ['コーヒーを飲む', 7],
    ['Kanal 日本 2024年', 5],
  ])('CJK: %j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it.each([
    // Korean puts spaces between words; Hindi's vowel signs and viramas stay inside theirs.
    ['한국어 문장입니다', 2],
    ['हिन्दी में लिखा', 3],
    // Persian joins the parts of one word with ZWNJ.
    ['می\u200Cخواهم بنویسم', 2],
  ])('other scripts: %j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe('countCharacters', () => {
  it.each([
    ['åäö', 3],
    // "å" as a plus a combining ring, and decomposed Hangul.
    ['a\u030Abc', 3],
    ['\u1112\u1161\u11AB', 1],
    ['👋🏽!', 2],
    ['🇸🇪🇳🇴', 2],
    ['👩‍💻 ❤️', 3],
    ['क्ष', 1],
    ['日本語', 3],
  ])('%j has %i characters', (text, characters) => {
    expect(countCharacters(text)).toBe(characters);
  });

  it('counts spaces but not line breaks', () => {
    expect(countCharacters('ab cd\n\nef\r\ng')).toBe(8);
  });
});

describe('long texts', () => {
  // 20 words, with every kind of word above.
  const sentence =
    'Hej alla glada läsare. Se t.ex. https://example.se/a?b=c, e-post till anna@example.se: 3,5 % don’t 👋🏽 日本語 bl.a. C2B-kanalen och/eller ett (B2C). ';
  const textOf = (words: number) => `${sentence.repeat(words / 40)}\n\n${sentence.repeat(words / 40)}`;

  // The fastest of a few runs: the least disturbed by other work on the machine.
  const fastestRun = (count: () => void): number => {
    let fastest = Infinity;
    for (let run = 0; run < 5; run += 1) {
      const started = performance.now();
      count();
      fastest = Math.min(fastest, performance.now() - started);
    }
    return fastest;
  };

  it('count every word of a 200,000-word text', () => {
    expect(countWords(sentence)).toBe(20);
    expect(countWords(textOf(200_000))).toBe(200_000);
    expect(countCharacters(textOf(200_000))).toBe(countCharacters(sentence) * 10_000);
  });

  it('take about ten times as long for ten times the words (Node’s segmenter took a hundred times as long)', () => {
    const small = textOf(20_000);
    const large = textOf(200_000);
    const words = fastestRun(() => countWords(large)) / fastestRun(() => countWords(small));
    const characters = fastestRun(() => countCharacters(large)) / fastestRun(() => countCharacters(small));
    expect(words).toBeLessThan(40);
    expect(characters).toBeLessThan(40);
  });
});
