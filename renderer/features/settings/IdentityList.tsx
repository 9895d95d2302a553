import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface IdentityListProps {
  legend: string;
  inputLabel: string;
  addLabel: string;
  type: 'text' | 'email';
  values: string[];
  onChange: (values: string[]) => Promise<void>;
}

// A short list of names or addresses the author writes comments under.
export function IdentityList({ legend, inputLabel, addLabel, type, values, onChange }: IdentityListProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const [draft, setDraft] = useState('');
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const value = draft.trim();
    if (!value || values.includes(value)) return;
    await onChange([...values, value]);
    setDraft('');
  };
  return (
    <form onSubmit={(event) => void add(event)}>
      <fieldset>
        <legend>{legend}</legend>
        {values.length > 0 ? (
          <ul className="identity-list">
            {values.map((value) => (
              <li key={value}>
                <span>{value}</span>
                <button type="button" className="quiet-button" aria-label={t('settings.removeIdentity', { value })} onClick={() => void onChange(values.filter((v) => v !== value))}>
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
          <input id={inputId} type={type} value={draft} onChange={(event) => setDraft(event.target.value)} />
          <button type="submit">{addLabel}</button>
        </div>
      </fieldset>
    </form>
  );
}
