import { startTransition, useEffect, useRef, useState } from 'react';
import type { PostSummary } from '../../../electron/core/api';
import { postSummary } from '../../../electron/core/shared/postSummary';
import { firstScreenAnswer } from '../../lib/firstScreenCalls';
import { errorMessage } from '../../lib/apiError';
import { useChannels } from '../channels/ChannelsContext';
import { onPostSaved } from '../editor/saveQueues';
import { mergeSummaries } from './mergeSummaries';

export interface PostsState {
  posts: PostSummary[] | null;
  error: string | null;
}

// Every post, newest change first. Loaded when `version` changes (a post made, deleted, restored, imported);
// an autosave updates its post in place, so typing never waits behind a reload of the whole list.
export const usePosts = (version: number): PostsState => {
  const { channels } = useChannels();
  const [state, setState] = useState<PostsState>({ posts: null, error: null });
  // Saves that may be newer than a list still on its way.
  const saved = useRef(new Map<string, PostSummary>());
  // The core names each post's channels itself, so the list fetched before the channels first arrived is already
  // right: only a later change of channels (a code renamed) fetches it again.
  const [seen, setSeen] = useState({ channels, changes: 0 });
  if (seen.channels !== channels) {
    setSeen({ channels, changes: seen.channels.length === 0 ? seen.changes : seen.changes + 1 });
  }
  const channelChanges = seen.changes;

  useEffect(() => {
    let live = true;
    firstScreenAnswer('posts.list').then(
      // Drawing a thousand posts' rows is not urgent: the open post's editor, asked for at the same time, goes first.
      (posts) =>
        live && startTransition(() => setState({ posts: mergeSummaries(posts, saved.current.values()), error: null })),
      (error: unknown) => live && setState((previous) => ({ posts: previous.posts, error: errorMessage(error) })),
    );
    return () => {
      live = false;
    };
  }, [version, channelChanges]);

  useEffect(
    () =>
      onPostSaved((post) => {
        const summary = postSummary(post, channels);
        saved.current.set(post.id, summary);
        setState((previous) =>
          previous.posts ? { ...previous, posts: mergeSummaries(previous.posts, [summary]) } : previous,
        );
      }),
    [channels],
  );
  return state;
};
