import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { channelDescription } from './channelDescription';
import { useChannels } from './ChannelsContext';

interface ChannelPickerProps {
  selected: string[];
  onChange: (channelIds: string[]) => void;
}

// One checkbox per channel, named by its code, in a compact row that leaves the body in view;
// the description is the checkbox's hint and shows on one line for the channel in focus or under the pointer.
export function ChannelPicker({ selected, onChange }: ChannelPickerProps) {
  const { t, i18n } = useTranslation();
  const { channels } = useChannels();
  const baseId = useId();
  const [shown, setShown] = useState<string | null>(null);
  const toggle = (id: string, checked: boolean) =>
    onChange(checked ? [...selected, id] : selected.filter((existing) => existing !== id));
  const shownChannel = channels.find((channel) => channel.id === shown);
  return (
    <fieldset className="channel-picker" onMouseLeave={() => setShown(null)}>
      <legend>{t('channels.legend')}</legend>
      <ul>
        {channels.map((channel) => {
          const inputId = `${baseId}-${channel.id}`;
          const descriptionId = `${inputId}-description`;
          const description = channelDescription(channel, i18n.language);
          return (
            <li key={channel.id} onMouseEnter={() => setShown(channel.id)}>
              <input
                id={inputId}
                type="checkbox"
                checked={selected.includes(channel.id)}
                aria-describedby={descriptionId}
                onFocus={() => setShown(channel.id)}
                onChange={(event) => toggle(channel.id, event.target.checked)}
              />
              <label htmlFor={inputId} className="channel-code" title={description}>
                {channel.code}
              </label>
              <span id={descriptionId} className="visually-hidden">
                {description}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="channel-description" aria-hidden="true">
        {shownChannel
          ? `${shownChannel.code}: ${channelDescription(shownChannel, i18n.language)}`
          : t('channels.pickerHint')}
      </p>
    </fieldset>
  );
}
