import type { Settings } from '../../../electron/core/shared/schema';
import { i18n } from '../../i18n';
import { cacheAppearance } from '../../lib/appearanceCache';

// Theme and language live on <html> so the whole page, dialogs included, follows them.
export const applyAppearance = (settings: Pick<Settings, 'theme' | 'uiLanguage'>): void => {
  const root = document.documentElement;
  if (settings.theme === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = settings.theme;
  root.lang = settings.uiLanguage;
  if (i18n.language !== settings.uiLanguage) void i18n.changeLanguage(settings.uiLanguage);
  cacheAppearance(settings);
};
