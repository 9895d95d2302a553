import { useTranslation } from 'react-i18next';

export type ImportTab = 'files' | 'paste';
const TABS: ImportTab[] = ['files', 'paste'];

interface ImportTabsProps {
  tab: ImportTab;
  panelId: string;
  onChange: (tab: ImportTab) => void;
}

// Files or pasted text; arrow keys move between the two tabs.
export function ImportTabs({ tab, panelId, onChange }: ImportTabsProps) {
  const { t } = useTranslation();
  return (
    <div
      role="tablist"
      aria-label={t('import.source')}
      className="tabs"
      onKeyDown={(event) => {
        if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
        const next = tab === 'files' ? 'paste' : 'files';
        onChange(next);
        requestAnimationFrame(() => document.getElementById(`${panelId}-${next}`)?.focus());
      }}
    >
      {TABS.map((candidate) => (
        <button
          key={candidate}
          type="button"
          role="tab"
          id={`${panelId}-${candidate}`}
          aria-selected={candidate === tab}
          aria-controls={panelId}
          tabIndex={candidate === tab ? 0 : -1}
          onClick={() => onChange(candidate)}
        >
          {t(`import.tab.${candidate}`)}
        </button>
      ))}
    </div>
  );
}
