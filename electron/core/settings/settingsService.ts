import type { OperationParsedInput } from '../api';
import type { Library } from '../store/library';
import type { Settings } from '../shared/schema';

const tidy = (list: string[]): string[] => [...new Set(list.map((s) => s.trim()).filter(Boolean))];

export function settingsService(library: Library) {
  return {
    get(): Settings {
      return library.data.settings;
    },

    save(input: OperationParsedInput<'settings.save'>): Promise<Settings> {
      return library.commit((data) => {
        const next = { ...data.settings, ...input };
        next.authorNames = tidy(next.authorNames);
        next.authorEmails = tidy(next.authorEmails).map((e) => e.toLowerCase());
        data.settings = next;
        return { result: next };
      });
    },
  };
}
