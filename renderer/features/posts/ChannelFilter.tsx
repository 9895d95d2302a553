import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useChannels } from '../channels/ChannelsContext';

interface ChannelFilterProps {
  value: string | null;
  onChange: (channelId: string | null) => void;
}

export function ChannelFilter({ value, onChange }: ChannelFilterProps) {
  const { t } = useTranslation();
  const { channels } = useChannels();
  const id = useId();
  // A removed channel can no longer filter the list.
  const missing = value !== null && channels.length > 0 && !channels.some((channel) => channel.id === value);
  useEffect(() => {
    if (missing) onChange(null);
  }, [missing, onChange]);
  return (
    <div className="field">
      <label htmlFor={id}>{t('posts.filter')}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{t('posts.allChannels')}</option>
        {channels.map((channel) => (
          <option key={channel.id} value={channel.id}>
            {channel.code}
          </option>
        ))}
      </select>
    </div>
  );
}
