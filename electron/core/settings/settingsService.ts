import type { ServiceOf } from '../handlerTypes';
import type { Library } from '../store/library';

const tidy = (list: string[]): string[] => [...new Set(list.map((s) => s.trim()).filter(Boolean))];

export function settingsService(library: Library) {
  return {
    get() {
      return library.data.settings;
    },

    save(input) {
      return library.commit((data) => {
        const next = { ...data.settings, ...input };
        next.authorNames = tidy(next.authorNames);
        next.authorEmails = tidy(next.authorEmails).map((e) => e.toLowerCase());
        data.settings = next;
        return { result: next };
      });
    },
  } satisfies ServiceOf<'settings'>;
}
