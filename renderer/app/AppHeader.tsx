import { useTranslation } from 'react-i18next';
import { SearchBox } from '../features/search/SearchBox';
import { focusMainContent } from '../lib/mainContent';

interface AppHeaderProps {
  onNewPost: () => void;
  onImport: () => void;
  onChannels: () => void;
  onSettings: () => void;
  onOpenPost: (postId: string) => void;
  onOpenComment: (threadId: string, commentId: string) => void;
}

export function AppHeader({ onNewPost, onImport, onChannels, onSettings, onOpenPost, onOpenComment }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <h1 className="app-name">Kanal</h1>
      <SearchBox
        onOpenPost={(postId) => {
          onOpenPost(postId);
          focusMainContent();
        }}
        onOpenComment={onOpenComment}
      />
      <div className="header-actions">
        {/* The second click of a double click is not a second post, and no click takes the focus from the new title. */}
        <button
          type="button"
          className="primary-button"
          onMouseDown={(event) => event.preventDefault()}
          onClick={(event) => event.detail <= 1 && onNewPost()}
        >
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
