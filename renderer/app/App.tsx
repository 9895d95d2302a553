import { useEffect, useState } from 'react';
import { canReachCore } from '../lib/api';
import { TOKEN_LOST_EVENT } from '../lib/sessionToken';
import { useVersion } from '../lib/useVersion';
import { AnnouncerProvider } from '../features/announcer/Announcer';
import { ChannelsProvider } from '../features/channels/ChannelsContext';
import { installFlushOnLeave } from '../features/editor/flushOnLeave';
import { MarksProvider } from '../features/marks/MarksContext';
import { ReplyActionsProvider } from '../features/replies/ReplyActions';
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
        {/* Marks and replies change what waits for an answer: the thread lists and the queue reload. */}
        <AnnouncerProvider>
          <MarksProvider onChanged={bumpThreads}>
            <ReplyActionsProvider onChanged={bumpThreads}>
              <Workspace threadsVersion={threadsVersion} bumpThreads={bumpThreads} />
            </ReplyActionsProvider>
          </MarksProvider>
        </AnnouncerProvider>
      </ChannelsProvider>
    </SettingsProvider>
  );
}
