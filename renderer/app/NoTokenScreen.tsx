import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { readCachedAppearance } from '../lib/appearanceCache';
import { browserLanguage } from '../i18n/browserLanguage';

// Browser mode without the host's token: the only way in is the address printed at start. No library is open to
// say which language the author chose, so the last one used here, else the browser's, speaks.
export function NoTokenScreen() {
  const lng = readCachedAppearance()?.uiLanguage ?? browserLanguage();
  const { t } = useTranslation(undefined, { lng });
  useEffect(() => {
    document.documentElement.lang = lng;
  }, [lng]);
  return (
    <main className="no-token">
      <h1>Kanal</h1>
      <p>{t('app.noToken')}</p>
      <p className="quiet">{t('app.noTokenHint')}</p>
    </main>
  );
}
