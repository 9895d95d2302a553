import { MAX_LANG_LENGTH, MIN_LANG_LENGTH } from '../limits';

// The languages the editor offers by name; any other BCP 47 tag can be typed in.
export const NAMED_POST_LANGUAGES = [
  { tag: 'sv', name: 'Svenska' },
  { tag: 'en', name: 'English' },
] as const;

// A typed language tag in its canonical spelling ("EN-gb" → "en-GB", "sv_SE" → "sv-SE"), or null when it is not one.
export function canonicalLanguageTag(input: string): string | null {
  const typed = input.trim().replace(/_/g, '-');
  if (typed.length < MIN_LANG_LENGTH || typed.length > MAX_LANG_LENGTH) return null;
  try {
    const [tag] = Intl.getCanonicalLocales(typed);
    return tag !== undefined && tag.length <= MAX_LANG_LENGTH ? tag : null;
  } catch {
    return null;
  }
}
