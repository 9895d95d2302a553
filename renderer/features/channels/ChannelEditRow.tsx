import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../electron/core/shared/schema';
import { api } from '../../lib/api';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { CodeField } from './CodeField';
import { DescriptionFields } from './DescriptionFields';
import { useChannelAction } from './useChannelAction';

// Renames and redescribes one channel; only the author's own channels can be renamed or removed.
export function ChannelEditRow({ channel }: { channel: Channel }) {
  const { t } = useTranslation();
  const errorId = useId();
  const [code, setCode] = useState(channel.code);
  const [description, setDescription] = useState(channel.description);
  const { run, error, busy } = useChannelAction();
  const changed =
    code !== channel.code || description.en !== channel.description.en || description.sv !== channel.description.sv;

  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(() =>
      api.channels.update({ id: channel.id, description, ...(channel.builtIn ? {} : { code: code.trim() }) }),
    );
  };
  const remove = () => void run(() => api.channels.delete({ id: channel.id }));

  return (
    <form className="channel-row" onSubmit={save}>
      <fieldset>
        <legend>{channel.code}</legend>
        {channel.builtIn ? (
          <p className="quiet">{t('channels.builtIn')}</p>
        ) : (
          <CodeField value={code} errorId={error ? errorId : null} onChange={setCode} />
        )}
        <DescriptionFields value={description} onChange={setDescription} />
        <div className="row-actions">
          <button type="submit" disabled={!changed || busy}>
            {t('channels.save')}
          </button>
          {!channel.builtIn && (
            <ConfirmButton
              label={t('channels.remove')}
              question={t('channels.removeQuestion', { code: channel.code })}
              confirmLabel={t('channels.removeConfirm')}
              disabled={busy}
              onConfirm={remove}
            />
          )}
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
