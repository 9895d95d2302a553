import { useTranslation } from 'react-i18next';

// Browser mode without the host's token: the only way in is the address `kanal serve` printed.
export function NoTokenScreen() {
  const { t } = useTranslation();
  return (
    <main className="no-token">
      <h1>Kanal</h1>
      <p>{t('app.noToken')}</p>
      <p className="quiet">{t('app.noTokenHint')}</p>
    </main>
  );
}
