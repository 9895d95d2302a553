import { useTranslation } from 'react-i18next';

interface AppHeaderProps {
  onNewPost: () => void;
  onImport: () => void;
  onChannels: () => void;
  onSettings: () => void;
}

export function AppHeader({ onNewPost, onImport, onChannels, onSettings }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <h1 className="app-name">Kanal</h1>
      <div className="header-actions">
        <button type="button" className="primary-button" onClick={onNewPost}>
          {t('app.newPost')}
        </button>
        <button type="button" onClick={onImport}>
          {t('app.importComments')}
        </button>
        <button type="button" onClick={onChannels}>
          {t('channels.manage')}
        </button>
        <button type="button" onClick={onSettings}>
          {t('settings.title')}
        </button>
      </div>
    </header>
  );
}
