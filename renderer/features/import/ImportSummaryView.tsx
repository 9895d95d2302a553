import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../electron/core/api';
import type { SkipReason } from '../../../electron/core/shared/importTypes';
import { ImportProblems } from './ImportProblems';

// Every reason the core can give, in the order shown; a new reason in the core fails to compile here.
const REASON_ORDER = { duplicate: 0, spam: 1, trash: 2, deleted: 3, note: 4, missingThread: 5 } satisfies Record<
  SkipReason,
  number
>;
const REASONS = Object.keys(REASON_ORDER) as SkipReason[];

interface ImportSummaryViewProps {
  summary: ImportSummary;
  onOpenThread: (threadId: string) => void;
}

// What an import did: the threads it touched, what it left out and why, and each file it could not read.
export function ImportSummaryView({ summary, onOpenThread }: ImportSummaryViewProps) {
  const { t } = useTranslation();
  const dropped = REASONS.filter((reason) => summary.skipped[reason] > 0);
  const added = summary.threads.reduce((sum, thread) => sum + thread.added, 0);
  const heading =
    summary.threads.length === 0
      ? t('import.nothingImported')
      : added === 0
        ? t('import.nothingNew')
        : t('import.threadsImported', { count: summary.threads.length });
  return (
    <div className="import-summary" aria-live="polite">
      <h3>{heading}</h3>
      {summary.threads.length > 0 && (
        <ul className="summary-threads">
          {summary.threads.map((thread) => (
            <li key={thread.id}>
              <span className="summary-thread">
                <strong>{thread.title || t('thread.untitled')}</strong>
                <span className="item-facts">
                  {t('thread.comments', { count: thread.comments })} · {t('import.added', { count: thread.added })} ·{' '}
                  {t('thread.needReply', { count: thread.needsReply })}
                  {thread.newPost && (
                    <span className="badge">
                      {thread.suggestedChannels.length > 0
                        ? t('import.newPostTagged', { codes: thread.suggestedChannels.join(', ') })
                        : t('import.newPost')}
                    </span>
                  )}
                </span>
              </span>
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
      <ImportProblems errors={summary.errors} />
    </div>
  );
}
