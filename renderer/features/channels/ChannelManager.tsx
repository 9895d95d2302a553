import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../electron/core/shared/schema';
import { Dialog } from '../../ui/Dialog';
import { ChannelEditRow } from './ChannelEditRow';
import { useChannels } from './ChannelsContext';
import { NewChannelForm } from './NewChannelForm';

const rows = (channels: Channel[]) => (
  <ul className="channel-rows">
    {channels.map((channel) => (
      <li key={`${channel.id}:${channel.code}`}>
        <ChannelEditRow channel={channel} />
      </li>
    ))}
  </ul>
);

// Add, rename, redescribe and remove channels; the author's own come first, as they are the ones that change.
export function ChannelManager({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { channels, error } = useChannels();
  const own = channels.filter((channel) => !channel.builtIn);
  const builtIn = channels.filter((channel) => channel.builtIn);
  return (
    <Dialog title={t('channels.manage')} onClose={onClose} wide>
      <p className="quiet">{t('channels.intro')}</p>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <NewChannelForm />
      <h3 className="dialog-section">{t('channels.own')}</h3>
      {own.length > 0 ? rows(own) : <p className="quiet">{t('channels.noneOwn')}</p>}
      <h3 className="dialog-section">{t('channels.builtInTitle')}</h3>
      <p className="quiet">{t('channels.builtInNote')}</p>
      {rows(builtIn)}
    </Dialog>
  );
}
