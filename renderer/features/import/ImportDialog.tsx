import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../electron/core/api';
import { Dialog } from '../../ui/Dialog';
import { ImportForm } from './ImportForm';
import { ImportSummaryView } from './ImportSummaryView';
import type { ImportTab } from './ImportTabs';
import { useImportJob } from './useImportJob';

interface ImportDialogProps {
  initialTab: ImportTab;
  initialFiles: File[];
  onClose: () => void;
  onImported: (summary: ImportSummary) => void;
  onOpenThread: (threadId: string) => void;
}

// The whole import flow: choose, watch progress, read the summary.
export function ImportDialog({ initialTab, initialFiles, onClose, onImported, onOpenThread }: ImportDialogProps) {
  const { t } = useTranslation();
  const { run, start, reset } = useImportJob(onImported);
  return (
    <Dialog title={t('import.title')} onClose={onClose} wide>
      {run.phase === 'idle' && (
        <ImportForm
          initialTab={initialTab}
          initialFiles={initialFiles}
          onStart={(files, format) => void start(files, format)}
        />
      )}
      {run.phase === 'running' && (
        <div className="import-progress">
          <label htmlFor="import-progress">{t('import.running')}</label>
          <progress id="import-progress" max={Math.max(run.total, 1)} value={run.done} />
          <span className="quiet">
            {t('import.progress', { percent: Math.floor((run.done / Math.max(run.total, 1)) * 100) })}
          </span>
        </div>
      )}
      {run.phase === 'failed' && (
        <p role="alert" className="form-error">
          {t('import.failed', { message: run.message })}
        </p>
      )}
      {run.phase === 'finished' && (
        <ImportSummaryView
          summary={run.summary}
          onOpenThread={(threadId) => {
            onOpenThread(threadId);
            onClose();
          }}
        />
      )}
      {(run.phase === 'finished' || run.phase === 'failed') && (
        <div className="row-actions">
          <button type="button" onClick={reset}>
            {t('import.again')}
          </button>
          <button type="button" className="primary-button" onClick={onClose}>
            {t('common.done')}
          </button>
        </div>
      )}
    </Dialog>
  );
}
