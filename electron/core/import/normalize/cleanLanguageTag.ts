import { MAX_LANG_LENGTH } from '../../shared/limits';

// A BCP 47 language tag ("sv", "en-US"; WordPress' "sv_SE" respelled), or null for anything else:
// a post's lang must fit the library's schema, or the whole library would be unreadable at the next start.
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

export function cleanLanguageTag(value: string | null): string | null {
  const tag = value?.trim().replace(/_/g, '-') ?? '';
  return tag.length <= MAX_LANG_LENGTH && LANGUAGE_TAG.test(tag) ? tag : null;
}
