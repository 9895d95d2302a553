import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryStatus, Notice } from '../../../electron/core/api';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/apiError';
import { noticeText } from './noticeText';

// Another program's change to the files is noticed by the core as it happens; the page asks this often.
const POLL_MS = 2000;

// What the core wants the author to know about the data file (a file it could not read and kept aside, another
// program's change, …), with the choice a change on disk asks for.
export function NoticeBanner() {
  const { t, i18n } = useTranslation();
  const [notices, setNotices] = useState<Notice[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const call = useCallback(async (request: () => Promise<LibraryStatus>) => {
    try {
      setNotices((await request()).notices);
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }, []);
  useEffect(() => {
    const refresh = () =>
      api.library.status({}).then(
        (status) => {
          setNotices(status.notices);
          setError(null);
        },
        (failure: unknown) => setError(errorMessage(failure)),
      );
    void refresh();
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, []);
  const resolve = async (keep: 'theirs' | 'mine') => {
    setBusy(true);
    await call(() => api.library.resolveChange({ keep }));
    setBusy(false);
    // Every open view shows the version now on disk.
    if (keep === 'theirs') window.location.reload();
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
          <p>{noticeText(notice, t, i18n.language)}</p>
          {notice.kind === 'changed-on-disk' ? (
            <span className="notice-actions">
              <button type="button" disabled={busy} onClick={() => void resolve('theirs')}>
                {t('notices.loadTheirs')}
              </button>
              <button type="button" disabled={busy} onClick={() => void resolve('mine')}>
                {t('notices.keepMine')}
              </button>
            </span>
          ) : (
            <button type="button" onClick={() => void call(() => api.library.dismissNotice({ id: notice.id }))}>
              {t('notices.dismiss')}
            </button>
          )}
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
