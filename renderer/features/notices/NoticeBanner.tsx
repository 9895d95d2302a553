import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../../electron/core/api';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/apiError';

// What the core wants the author to know about the data file (a file it could not read and kept aside, …).
export function NoticeBanner() {
  const { t } = useTranslation();
  const [notices, setNotices] = useState<Notice[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.library.status({}).then(
      (status) => setNotices(status.notices),
      (failure: unknown) => setError(errorMessage(failure)),
    );
  }, []);
  const dismiss = async (id: string) => {
    try {
      setNotices((await api.library.dismissNotice({ id })).notices);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  if (notices.length === 0 && !error) return null;
  return (
    <section className="notices" aria-label={t('notices.label')}>
      {notices.map((notice) => (
        <div
          key={notice.id}
          role={notice.level === 'error' ? 'alert' : 'status'}
          className={`notice notice-${notice.level}`}
        >
          <p>{notice.message}</p>
          <button type="button" onClick={() => void dismiss(notice.id)}>
            {t('notices.dismiss')}
          </button>
        </div>
      ))}
      {error && (
        <div role="alert" className="notice notice-error">
          <p>{t('notices.unreachable', { message: error })}</p>
        </div>
      )}
    </section>
  );
}
