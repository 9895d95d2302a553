import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../electron/core/api';
import type { SkipReason } from '../../../electron/core/import/types';

// Every reason the core can give, in the order shown; a new reason in the core fails to compile here.
const REASON_ORDER = { duplicate: 0, spam: 1, trash: 2, deleted: 3, note: 4, missingThread: 5 } satisfies Record<SkipReason, number>;
const REASONS = Object.keys(REASON_ORDER) as SkipReason[];

interface ImportSummaryViewProps {
  summary: ImportSummary;
  onOpenThread: (threadId: string) => void;
}

// What an import did: the threads it touched, what it left out and why, and each file it could not read.
export function ImportSummaryView({ summary, onOpenThread }: ImportSummaryViewProps) {
  const { t } = useTranslation();
  const dropped = REASONS.filter((reason) => summary.skipped[reason] > 0);
  return (
    <div className="import-summary" aria-live="polite">
      <h3>
        {summary.threads.length > 0 ? t('import.threadsImported', { count: summary.threads.length }) : t('import.nothingImported')}
      </h3>
      {summary.threads.length > 0 && (
        <ul className="summary-threads">
          {summary.threads.map((thread) => (
            <li key={thread.id}>
              <strong>{thread.title || t('thread.untitled')}</strong>
              <span className="item-facts">
                {t('thread.comments', { count: thread.comments })} · {t('import.added', { count: thread.added })} ·{' '}
                {t('thread.needReply', { count: thread.needsReply })}
              </span>
              {thread.newPost && <span className="badge">{t('import.newPost')}</span>}
              <button type="button" className="link-button" onClick={() => onOpenThread(thread.id)}>
                {t('import.openThread')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {dropped.length > 0 && (
        <>
          <h4>{t('import.dropped')}</h4>
          <ul>
            {dropped.map((reason) => (
              <li key={reason}>{t(`import.reason.${reason}`, { count: summary.skipped[reason] })}</li>
            ))}
          </ul>
        </>
      )}
      {summary.errors.length > 0 && (
        <>
          <h4>{t('import.problems')}</h4>
          <ul role="alert" className="form-error">
            {summary.errors.map((error, index) => (
              <li key={`${error.file}:${index}`}>{t('import.fileError', { file: error.file, message: error.message })}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
