import { describe, expect, it } from 'vitest';
import { countCharacters, countWords } from '../../../electron/core/shared/content/wordCount';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n\n ', 0],
    ['Hello, world!', 2],
    ["Don't stop: it's 3.14 or 1,000 people.", 7],
    ['well-known e-mail', 2],
    ['Det är långtifrån klart.', 4],
    ['Kommunikation företag/konsument (B2C) och C2B-kanaler.', 6],
    ['Öl, ägg och ål — 42 st.', 6],
    ['e-post – ett tankstreck med mellanslag', 5],
    ['Emoji 👋🏽 counts no word', 4],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe('countCharacters', () => {
  it('counts what a reader sees as one character once', () => {
    expect(countCharacters('åäö')).toBe(3);
    // "å" as a plus combining ring.
    expect(countCharacters('a\u030Abc')).toBe(3);
    expect(countCharacters('👋🏽!')).toBe(2);
  });

  it('counts spaces but not line breaks', () => {
    expect(countCharacters('ab cd\n\nef\r\ng')).toBe(8);
  });
});

describe('long texts', () => {
  it('count the same piece by piece as whole, and fast', () => {
    const paragraph = 'Sociala nätverk skapar nya kommunikationsvägar mellan företag och konsument, e-post och C2B-kanalen. ';
    const long = `${paragraph.repeat(700)}\n\n${'ord '.repeat(3000)}`;
    const started = performance.now();
    expect(countWords(long)).toBe(700 * 12 + 3000);
    expect(countCharacters(long)).toBe(long.length - 2);
    // 72,000 characters took seconds when segmented as one string.
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
