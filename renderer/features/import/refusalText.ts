import type { TFunction } from 'i18next';
import type { ImportError } from '../../../electron/core/api';

// A refused file in the author's language, from the import's code; a problem without a code keeps the core's words.
export function refusalText(t: TFunction, error: ImportError): string {
  if (!error.code) return error.message;
  const reason = t(`refusals.reasons.${error.code}`, { ...error.params });
  return t('refusals.intro', { file: error.file, reason });
}
