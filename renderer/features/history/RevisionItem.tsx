import { useTranslation } from 'react-i18next';
import type { RevisionSummary } from '../../../electron/core/api';
import { formatDate } from '../../lib/formatDate';

interface RevisionItemProps {
  revision: RevisionSummary;
  chosen: boolean;
  onChoose: () => void;
}

// One kept version: when, why, and how many words it added and removed.
export function RevisionItem({ revision, chosen, onChoose }: RevisionItemProps) {
  const { t, i18n } = useTranslation();
  return (
    <li>
      <button type="button" className="history-item" aria-pressed={chosen} onClick={onChoose}>
        <time dateTime={revision.createdAt}>{formatDate(revision.createdAt, i18n.language)}</time>
        <span className="quiet">{t(`history.reason.${revision.reason}`)}</span>
        <span className="history-change">
          {t('history.change', { added: revision.wordsAdded, removed: revision.wordsRemoved })}
        </span>
      </button>
    </li>
  );
}
