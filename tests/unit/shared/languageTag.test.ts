import { describe, expect, it } from 'vitest';
import { canonicalLanguageTag, NAMED_POST_LANGUAGES } from '../../../electron/core/shared/content/languageTag';
import { postSchema } from '../../../electron/core/shared/schema';

describe('a post language typed in', () => {
  it.each([
    ['sv', 'sv'],
    ['EN-gb', 'en-GB'],
    ['sv_SE', 'sv-SE'],
    [' de-CH ', 'de-CH'],
    ['zh-hant-tw', 'zh-Hant-TW'],
  ])('%j is the tag %j', (typed, tag) => {
    expect(canonicalLanguageTag(typed)).toBe(tag);
  });

  it.each(['', 'x', 'svenska!', 'en--GB', '123', 'a'.repeat(40)])('%j is not a language tag', (typed) => {
    expect(canonicalLanguageTag(typed)).toBeNull();
  });

  it('offers Swedish and English by name, each a tag a post can store', () => {
    expect(NAMED_POST_LANGUAGES.map((language) => language.name)).toEqual(['Svenska', 'English']);
    for (const { tag } of NAMED_POST_LANGUAGES) expect(postSchema.shape.lang.safeParse(tag).success).toBe(true);
  });
});
