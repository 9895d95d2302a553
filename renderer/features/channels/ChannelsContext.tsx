import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Channel } from '../../../electron/core/shared/schema';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/apiError';
import { firstScreenAnswer } from '../../lib/firstScreenCalls';

interface ChannelsValue {
  channels: Channel[];
  error: string | null;
  reload: () => Promise<void>;
}

const ChannelsContext = createContext<ChannelsValue>({ channels: [], error: null, reload: async () => {} });

// The channel list, shared by the editor's checkboxes, the list filter and the channel manager.
export function ChannelsProvider({ children }: { children: ReactNode }) {
  const [channels, setChannels] = useState<Channel[]>([]);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setChannels(await api.channels.list({}));
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }, []);
  useEffect(() => {
    let live = true;
    firstScreenAnswer('channels.list').then(
      (list) => live && setChannels(list),
      (failure: unknown) => live && setError(errorMessage(failure)),
    );
    return () => {
      live = false;
    };
  }, []);
  return <ChannelsContext.Provider value={{ channels, error, reload }}>{children}</ChannelsContext.Provider>;
}

export const useChannels = (): ChannelsValue => useContext(ChannelsContext);
