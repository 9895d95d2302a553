import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { readCachedAppearance } from '../lib/appearanceCache';
import { formatNumbersOnce } from './numberFormat';
import { en } from './en';
import { sv } from './sv';

export const i18n: I18n = i18next.createInstance();

// Both languages are bundled, so starting is synchronous and works offline.
void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, sv: { translation: sv } },
  lng: readCachedAppearance()?.uiLanguage ?? 'en',
  fallbackLng: 'en',
  supportedLngs: ['en', 'sv'],
  initAsync: false,
  // React escapes what it renders.
  interpolation: { escapeValue: false },
});
formatNumbersOnce(i18n);
