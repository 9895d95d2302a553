import { useEffect, useState } from 'react';
import { canReachCore } from '../lib/api';
import { TOKEN_LOST_EVENT } from '../lib/sessionToken';
import { useVersion } from '../lib/useVersion';
import { ChannelsProvider } from '../features/channels/ChannelsContext';
import { installFlushOnLeave } from '../features/editor/flushOnLeave';
import { SettingsProvider } from '../features/settings/SettingsContext';
import { NoTokenScreen } from './NoTokenScreen';
import { Workspace } from './Workspace';

export function App() {
  const [reachable, setReachable] = useState(canReachCore);
  const [threadsVersion, bumpThreads] = useVersion();
  useEffect(() => {
    const onLost = () => setReachable(canReachCore());
    window.addEventListener(TOKEN_LOST_EVENT, onLost);
    return () => window.removeEventListener(TOKEN_LOST_EVENT, onLost);
  }, []);
  useEffect(() => installFlushOnLeave(), []);
  if (!reachable) return <NoTokenScreen />;
  return (
    // Author names and addresses decide which comments are the author's own.
    <SettingsProvider onSaved={bumpThreads}>
      <ChannelsProvider>
        <Workspace threadsVersion={threadsVersion} bumpThreads={bumpThreads} />
      </ChannelsProvider>
    </SettingsProvider>
  );
}
