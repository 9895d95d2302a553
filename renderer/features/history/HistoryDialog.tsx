import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionSummary, RevisionView } from '../../../electron/core/api';
import { docText } from '../../../electron/core/shared/content/docText';
import type { Post } from '../../../electron/core/shared/schema';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/apiError';
import { Dialog } from '../../ui/Dialog';
import { flushSaves } from '../editor/saveQueues';
import { RevisionItem } from './RevisionItem';
import { WordDiffView } from './WordDiffView';

interface HistoryDialogProps {
  postId: string;
  // The text in the editor now, which each version is compared with.
  currentText: string;
  onClose: () => void;
  onRestored: (post: Post) => void;
}

// A post's kept versions, newest first; one chosen shows how the text changed since, and can be put back.
export function HistoryDialog({ postId, currentText, onClose, onRestored }: HistoryDialogProps) {
  const { t } = useTranslation();
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [chosen, setChosen] = useState<RevisionView | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fail = (failure: unknown) => setError(errorMessage(failure));

  useEffect(() => {
    // What was typed last is saved first, so the history holds all of it.
    flushSaves(postId)
      .then(() => api.revisions.list({ postId }))
      .then(setRevisions, (failure: unknown) => setError(errorMessage(failure)));
  }, [postId]);

  const choose = (id: string) => {
    setError(null);
    api.revisions.get({ postId, id }).then(setChosen, fail);
  };
  const restore = async (id: string) => {
    setRestoring(true);
    setError(null);
    try {
      await flushSaves(postId);
      onRestored(await api.revisions.restore({ postId, id }));
    } catch (failure) {
      fail(failure);
      setRestoring(false);
    }
  };

  return (
    <Dialog title={t('history.title')} onClose={onClose} wide>
      {revisions === null && !error && <p className="placeholder-text">{t('common.loading')}</p>}
      {revisions?.length === 0 && <p className="placeholder-text">{t('history.none')}</p>}
      {revisions && revisions.length > 0 && (
        <div className="history">
          <ul className="history-list" aria-label={t('history.versions')}>
            {revisions.map((revision) => (
              <RevisionItem
                key={revision.id}
                revision={revision}
                chosen={chosen?.id === revision.id}
                onChoose={() => choose(revision.id)}
              />
            ))}
          </ul>
          <div className="history-detail">
            {chosen ? (
              <>
                <p className="quiet">{t('history.compared')}</p>
                <WordDiffView before={docText(chosen.doc)} after={currentText} />
                <button type="button" disabled={restoring} onClick={() => void restore(chosen.id)}>
                  {restoring ? t('history.restoring') : t('history.restore')}
                </button>
              </>
            ) : (
              <p className="placeholder-text">{t('history.choose')}</p>
            )}
          </div>
        </div>
      )}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </Dialog>
  );
}
