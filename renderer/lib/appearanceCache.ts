import type { Settings } from '../../electron/core/shared/schema';

type Appearance = Pick<Settings, 'theme' | 'uiLanguage'>;
const KEY = 'kanal.appearance';

// The last language and theme, so the next start does not flash English or the wrong theme before settings load.
export const readCachedAppearance = (): Appearance | null => {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { theme, uiLanguage } = value as Partial<Appearance>;
    if ((uiLanguage === 'en' || uiLanguage === 'sv') && (theme === 'system' || theme === 'light' || theme === 'dark')) {
      return { theme, uiLanguage };
    }
    return null;
  } catch {
    return null;
  }
};

export const cacheAppearance = (appearance: Appearance): void => {
  try {
    localStorage.setItem(KEY, JSON.stringify({ theme: appearance.theme, uiLanguage: appearance.uiLanguage }));
  } catch {
    // Only the first paint of the next start depends on it.
  }
};
