import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { ChannelEditRow } from './ChannelEditRow';
import { useChannels } from './ChannelsContext';
import { NewChannelForm } from './NewChannelForm';

// Add, rename, redescribe and remove channels; every change reloads the shared channel list.
export function ChannelManager({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { channels, error } = useChannels();
  return (
    <Dialog title={t('channels.manage')} onClose={onClose} wide>
      <p className="quiet">{t('channels.builtInNote')}</p>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <NewChannelForm />
      <ul className="channel-rows">
        {channels.map((channel) => (
          <li key={`${channel.id}:${channel.code}`}>
            <ChannelEditRow channel={channel} />
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
