import { useTranslation } from 'react-i18next';

export type Section = 'posts' | 'comments';

interface SectionTabsProps {
  section: Section;
  panelId: string;
  needsReply: number;
  onChange: (section: Section) => void;
}

// Posts or Comments: which list the sidebar shows and what the main area edits.
export function SectionTabs({ section, panelId, needsReply, onChange }: SectionTabsProps) {
  const { t } = useTranslation();
  const tab = (value: Section, label: string, extra?: string) => (
    <button
      type="button"
      role="tab"
      id={`${panelId}-${value}`}
      aria-selected={section === value}
      aria-controls={panelId}
      tabIndex={section === value ? 0 : -1}
      onClick={() => onChange(value)}
      onKeyDown={(event) => {
        if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
        const next = value === 'posts' ? 'comments' : 'posts';
        onChange(next);
        requestAnimationFrame(() => document.getElementById(`${panelId}-${next}`)?.focus());
      }}
    >
      {label}
      {extra && <span className="badge badge-attention">{extra}</span>}
    </button>
  );
  return (
    <div role="tablist" aria-label={t('app.sections')} className="section-tabs">
      {tab('posts', t('app.posts'))}
      {tab('comments', t('app.comments'), needsReply > 0 ? t('thread.needReply', { count: needsReply }) : undefined)}
    </div>
  );
}
