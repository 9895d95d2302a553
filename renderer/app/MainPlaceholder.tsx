import { useTranslation } from 'react-i18next';
import type { ImportTab } from '../features/import/ImportTabs';
import type { Section } from './SectionTabs';

interface MainPlaceholderProps {
  section: Section;
  // null while the list is still loading.
  postCount: number | null;
  threadCount: number;
  onNewPost: () => void;
  onImport: (tab: ImportTab) => void;
}

// What the main area offers when nothing is open: the next step, not an empty page.
export function MainPlaceholder({ section, postCount, threadCount, onNewPost, onImport }: MainPlaceholderProps) {
  const { t } = useTranslation();
  if (section === 'posts' && postCount === null) return null;
  if (section === 'posts' && postCount !== 0) {
    return (
      <div className="placeholder-text">
        <p>{t('posts.choose')}</p>
        <button type="button" onClick={onNewPost}>
          {t('posts.write')}
        </button>
      </div>
    );
  }
  if (section === 'comments' && threadCount > 0) return <p className="placeholder-text">{t('thread.choose')}</p>;
  const empty = section === 'posts' ? 'posts' : 'thread';
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">{t(`${empty}.emptyTitle`)}</h2>
      <p>{t(`${empty}.emptyText`)}</p>
      <div className="row-actions">
        {section === 'posts' ? (
          <>
            <button type="button" className="primary-button" onClick={onNewPost}>
              {t('posts.writeFirst')}
            </button>
            <button type="button" onClick={() => onImport('files')}>
              {t('posts.importFirst')}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="primary-button" onClick={() => onImport('files')}>
              {t('thread.chooseFiles')}
            </button>
            <button type="button" onClick={() => onImport('paste')}>
              {t('thread.pasteFromPage')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
