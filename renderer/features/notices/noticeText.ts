import type { TFunction } from 'i18next';
import type { Notice } from '../../../electron/core/api';
import { formatDate } from '../../lib/formatDate';

// A notice in the interface's language when Kanal knows its kind; otherwise in the core's own words.
export function noticeText(notice: Notice, t: TFunction, language: string): string {
  if (!notice.kind) return notice.message;
  const values = { ...notice.values };
  if (values.backupTime) values.backupTime = formatDate(values.backupTime, language);
  return t(`notices.kinds.${notice.kind}`, { ...values, defaultValue: notice.message });
}
