import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '../../../electron/core/api';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/apiError';
import { formatDate } from '../../lib/formatDate';
import { ConfirmButton } from '../../ui/ConfirmButton';

const MEGABYTE = 1024 * 1024;

// The library's snapshots, newest first, each restorable; a restore reloads every view from the library it brings back.
export function BackupList() {
  const { t, i18n } = useTranslation();
  const [backups, setBackups] = useState<BackupSummary[] | null>(null);
  const [restoring, setRestoring] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.backups.list({}).then(setBackups, (failure: unknown) => setError(errorMessage(failure)));
  }, []);
  const restore = async (id: string) => {
    setRestoring(id);
    setError(null);
    try {
      await api.backups.restore({ id });
      window.location.reload();
    } catch (failure) {
      setError(errorMessage(failure));
      setRestoring(null);
    }
  };
  return (
    <section className="backups" aria-labelledby="backups-title">
      <h3 id="backups-title">{t('backups.title')}</h3>
      <p className="quiet">{t('backups.hint')}</p>
      {backups?.length === 0 && <p className="placeholder-text">{t('backups.none')}</p>}
      {backups && backups.length > 0 && (
        <table className="backup-table">
          <thead>
            <tr>
              <th scope="col">{t('backups.time')}</th>
              <th scope="col" className="number">
                {t('backups.posts')}
              </th>
              <th scope="col" className="number">
                {t('backups.comments')}
              </th>
              <th scope="col" className="number">
                {t('backups.size')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('backups.restore')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => {
              const time = formatDate(backup.createdAt, i18n.language);
              return (
                <tr key={backup.id}>
                  <td>
                    <time dateTime={backup.createdAt}>{time}</time>
                  </td>
                  <td className="number">{backup.posts}</td>
                  <td className="number">{backup.comments}</td>
                  <td className="number">{t('backups.megabytes', { size: backup.bytes / MEGABYTE })}</td>
                  <td>
                    {restoring === backup.id ? (
                      <span>{t('backups.restoring')}</span>
                    ) : (
                      <ConfirmButton
                        label={t('backups.restore')}
                        question={t('backups.restoreQuestion', { time })}
                        confirmLabel={t('backups.restoreConfirm')}
                        disabled={restoring !== null}
                        onConfirm={() => void restore(backup.id)}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </section>
  );
}
