import { useChangeAction } from '../../lib/useChangeAction';
import { useChannels } from './ChannelsContext';

// Runs one change to the channel list, reloads it, and keeps the error to show beside the form.
export const useChannelAction = () => {
  const { reload } = useChannels();
  const { run, error, busy } = useChangeAction(reload);
  return { run, error, busy };
};
