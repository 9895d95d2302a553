import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { CodeField } from './CodeField';
import { DescriptionFields, type Descriptions } from './DescriptionFields';
import { useChannelAction } from './useChannelAction';

const EMPTY: Descriptions = { en: '', sv: '' };

// Adds a channel of the author's own, with a code and descriptions in both languages.
export function NewChannelForm() {
  const { t } = useTranslation();
  const errorId = useId();
  const [code, setCode] = useState('');
  const [description, setDescription] = useState(EMPTY);
  const { run, error, busy } = useChannelAction();

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => api.channels.create({ code: code.trim(), description }))) {
      setCode('');
      setDescription(EMPTY);
    }
  };

  return (
    <form className="channel-row channel-new" onSubmit={(event) => void add(event)}>
      <fieldset>
        <legend>{t('channels.new')}</legend>
        <CodeField value={code} errorId={error ? errorId : null} onChange={setCode} />
        <DescriptionFields value={description} onChange={setDescription} />
        <div className="row-actions">
          <button type="submit" disabled={busy}>
            {t('channels.add')}
          </button>
        </div>
        {error && (
          <p id={errorId} role="alert" className="form-error">
            {error}
          </p>
        )}
      </fieldset>
    </form>
  );
}
