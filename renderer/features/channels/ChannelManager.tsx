import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { ChannelEditRow } from './ChannelEditRow';
import { useChannels } from './ChannelsContext';
import { NewChannelForm } from './NewChannelForm';

interface ChannelManagerProps {
  onClose: () => void;
  // Removing a channel takes it off every post, so the post list changes too.
  onChannelRemoved: () => void;
}

export function ChannelManager({ onClose, onChannelRemoved }: ChannelManagerProps) {
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
            <ChannelEditRow channel={channel} onRemoved={onChannelRemoved} />
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
