import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_CHANNEL_CODE_LENGTH } from '../../../electron/core/shared/limits';

interface CodeFieldProps {
  value: string;
  // The id of the message that says what is wrong with the code, if anything is.
  errorId: string | null;
  onChange: (code: string) => void;
}

// A channel's short code, e.g. "B2C" or "Podd"; a refused code is marked and points to the reason.
export function CodeField({ value, errorId, onChange }: CodeFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('channels.code')}</label>
      <input
        id={id}
        value={value}
        maxLength={MAX_CHANNEL_CODE_LENGTH}
        required
        aria-invalid={errorId !== null}
        aria-describedby={errorId ?? hintId}
        onChange={(event) => onChange(event.target.value)}
      />
      <span id={hintId} className="quiet">
        {t('channels.codeHint')}
      </span>
    </div>
  );
}
