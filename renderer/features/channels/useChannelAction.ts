import { useState } from 'react';
import { errorMessage } from '../../lib/apiError';
import { useChannels } from './ChannelsContext';

// Runs one change to the channel list, reloads it, and keeps the error to show beside the form.
export const useChannelAction = () => {
  const { reload } = useChannels();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await action();
      await reload();
      return true;
    } catch (failure) {
      setError(errorMessage(failure));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, error, busy };
};
