import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { splitIdentities } from './splitIdentities';

interface IdentityListProps {
  legend: string;
  inputLabel: string;
  addLabel: string;
  hint: string;
  type: 'text' | 'email';
  values: string[];
  onChange: (values: string[]) => Promise<void>;
}

// A short list of names or addresses the author writes comments under; several can be added at once.
export function IdentityList({ legend, inputLabel, addLabel, hint, type, values, onChange }: IdentityListProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const [draft, setDraft] = useState('');
  const latest = useRef({ draft, values, onChange });
  useEffect(() => {
    latest.current = { draft, values, onChange };
  });
  // What is still in the field when the dialog closes is kept, not dropped.
  useEffect(
    () => () => {
      const pending = latest.current;
      const added = splitIdentities(pending.draft, type, pending.values);
      if (added.length > 0) void pending.onChange([...pending.values, ...added]);
    },
    [type],
  );
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const added = splitIdentities(draft, type, values);
    setDraft('');
    if (added.length > 0) await onChange([...values, ...added]);
  };
  return (
    <form onSubmit={(event) => void add(event)} noValidate>
      <fieldset>
        <legend>{legend}</legend>
        {values.length > 0 ? (
          <ul className="identity-list">
            {values.map((value) => (
              <li key={value}>
                <span>{value}</span>
                <button
                  type="button"
                  className="quiet-button"
                  aria-label={t('settings.removeIdentity', { value })}
                  onClick={() => void onChange(values.filter((v) => v !== value))}
                >
                  {t('settings.remove')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="quiet">{t('settings.noneYet')}</p>
        )}
        <div className="field field-inline">
          <label htmlFor={inputId}>{inputLabel}</label>
          <input
            id={inputId}
            type="text"
            inputMode={type === 'email' ? 'email' : 'text'}
            aria-describedby={hintId}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit">{addLabel}</button>
        </div>
        <p id={hintId} className="quiet field-hint">
          {hint}
        </p>
      </fieldset>
    </form>
  );
}
