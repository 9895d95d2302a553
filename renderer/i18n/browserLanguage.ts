// The first UI language the browser asks for (its Accept-Language), of those Kanal speaks; English otherwise.
export const browserLanguage = (languages: readonly string[] = navigator.languages): 'en' | 'sv' => {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'sv' || primary === 'en') return primary;
  }
  return 'en';
};
