import { describe, expect, it } from 'vitest';
import { suggestChannelCodes } from '../../../electron/core/import';

const BUILT_IN = ['B2B', 'B2C', 'C2C', 'C2B', 'C2E', 'E2C', 'E2E', 'B2E', 'E2B'];

describe('suggestChannelCodes', () => {
  it('finds codes as whole tokens, also inside combinations', () => {
    expect(suggestChannelCodes('C2E/E2C: … E2E/B2E/E2B: …', BUILT_IN)).toEqual(['C2E', 'E2C', 'E2E', 'B2E', 'E2B']);
    expect(suggestChannelCodes('Om B2B- och b2c-kommunikation (C2C).', BUILT_IN)).toEqual(['B2B', 'B2C', 'C2C']);
  });

  it('ignores codes inside longer words', () => {
    expect(suggestChannelCodes('B2Bs, xB2C, C2C2, E2Eä, 1B2E', BUILT_IN)).toEqual([]);
  });

  it('takes the author’s own codes, with any characters, in the order given, once', () => {
    expect(suggestChannelCodes('Podcast och C++ och PODCAST', ['C++', 'Podcast', 'Podcast', ' ', 'Radio'])).toEqual([
      'C++',
      'Podcast',
    ]);
  });
});
