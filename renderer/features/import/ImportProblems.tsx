import { useTranslation } from 'react-i18next';
import type { ImportError } from '../../../electron/core/api';
import { refusalText } from './refusalText';

// Files refused outright (nothing from them was kept) apart from warnings about part of a file that did import.
export function ImportProblems({ errors }: { errors: ImportError[] }) {
  const { t } = useTranslation();
  const refused = errors.filter((error) => error.refused);
  const warnings = errors.filter((error) => !error.refused);
  return (
    <>
      {refused.length > 0 && (
        <>
          <h4>{t('import.problems')}</h4>
          <ul role="alert" className="form-error">
            {refused.map((error, index) => (
              <li key={`${error.file}:${index}`}>{refusalText(t, error)}</li>
            ))}
          </ul>
        </>
      )}
      {warnings.length > 0 && (
        <>
          <h4>{t('import.warnings')}</h4>
          <ul>
            {warnings.map((error, index) => (
              <li key={`${error.file}:${index}`}>
                {t('import.fileError', { file: error.file, message: error.message })}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
