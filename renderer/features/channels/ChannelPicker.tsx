import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { channelDescription } from './channelDescription';
import { useChannels } from './ChannelsContext';

interface ChannelPickerProps {
  selected: string[];
  onChange: (channelIds: string[]) => void;
}

// One checkbox per channel, named by its code; the description is read as the checkbox's hint.
export function ChannelPicker({ selected, onChange }: ChannelPickerProps) {
  const { t, i18n } = useTranslation();
  const { channels } = useChannels();
  const baseId = useId();
  const toggle = (id: string, checked: boolean) =>
    onChange(checked ? [...selected, id] : selected.filter((existing) => existing !== id));
  return (
    <fieldset className="channel-picker">
      <legend>{t('channels.legend')}</legend>
      <ul>
        {channels.map((channel) => {
          const inputId = `${baseId}-${channel.id}`;
          const descriptionId = `${inputId}-description`;
          return (
            <li key={channel.id}>
              <input
                id={inputId}
                type="checkbox"
                checked={selected.includes(channel.id)}
                aria-describedby={descriptionId}
                onChange={(event) => toggle(channel.id, event.target.checked)}
              />
              <label htmlFor={inputId} className="channel-code">
                {channel.code}
              </label>
              <span id={descriptionId} className="channel-description">
                {channelDescription(channel, i18n.language)}
              </span>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
