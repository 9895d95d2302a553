import { useTranslation } from 'react-i18next';
import { numberFormatter } from '../lib/numberFormatter';

export const SECTIONS = ['posts', 'comments', 'queue'] as const;
export type Section = (typeof SECTIONS)[number];

interface SectionTabsProps {
  section: Section;
  panelId: string;
  // Comments waiting for a reply, or null while not yet counted.
  needsReply: number | null;
  onChange: (section: Section) => void;
}

// Posts, Comments or Needs reply: which list the sidebar shows and what the main area holds.
export function SectionTabs({ section, panelId, needsReply, onChange }: SectionTabsProps) {
  const { t, i18n } = useTranslation();
  const labels: Record<Section, string> = { posts: t('app.posts'), comments: t('app.comments'), queue: t('queue.nav') };
  const tab = (value: Section, index: number) => (
    <button
      key={value}
      type="button"
      role="tab"
      id={`${panelId}-${value}`}
      aria-selected={section === value}
      aria-controls={panelId}
      tabIndex={section === value ? 0 : -1}
      onClick={() => onChange(value)}
      onKeyDown={(event) => {
        if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
        const step = event.key === 'ArrowRight' ? 1 : -1;
        const next = SECTIONS[(index + step + SECTIONS.length) % SECTIONS.length] ?? value;
        onChange(next);
        requestAnimationFrame(() => document.getElementById(`${panelId}-${next}`)?.focus());
      }}
    >
      {labels[value]}
      {value === 'queue' && needsReply !== null && (
        <>
          {' '}
          <span className={needsReply > 0 ? 'badge badge-attention' : 'badge'}>
            {numberFormatter(i18n.language).format(needsReply)}
          </span>
        </>
      )}
    </button>
  );
  return (
    <div role="tablist" aria-label={t('app.sections')} className="section-tabs">
      {SECTIONS.map(tab)}
    </div>
  );
}
