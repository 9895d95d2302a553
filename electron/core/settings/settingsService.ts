import type { ServiceOf } from '../handlerTypes';
import type { Settings } from '../shared/schema';
import type { Library } from '../store/library';

const tidy = (list: string[]): string[] => [...new Set(list.map((s) => s.trim()).filter(Boolean))];

export function settingsService(library: Library) {
  return {
    get() {
      return library.data.settings;
    },

    save(input) {
      return library.commit((data) => {
        const next: Settings = {
          authorNames: tidy(input.authorNames ?? data.settings.authorNames),
          authorEmails: tidy(input.authorEmails ?? data.settings.authorEmails).map((e) => e.toLowerCase()),
          uiLanguage: input.uiLanguage ?? data.settings.uiLanguage,
          theme: input.theme ?? data.settings.theme,
        };
        data.settings = next;
        return { result: next };
      });
    },
  } satisfies ServiceOf<'settings'>;
}
