import { useEffect, useMemo, useState } from 'react';
import type { Doc, Post, PostStatus } from '../../../electron/core/shared/schema';
import { useChannels } from '../channels/ChannelsContext';
import type { PostChanges } from './postChanges';
import { readRecovery } from './recoveryStore';
import { recoveryToApply } from './recoveryToApply';
import { saveQueueFor } from './saveQueues';

export interface PostDraft {
  initialDoc: Doc;
  title: string;
  status: PostStatus;
  channels: string[];
  lang: string;
  restored: boolean;
  setTitle: (title: string) => void;
  setStatus: (status: PostStatus) => void;
  setChannels: (channels: string[]) => void;
  setLang: (lang: string) => void;
  changeDoc: (readDoc: () => Doc) => void;
}

// The editable fields of one post, starting from the core's copy plus any unsaved edits kept for recovery.
export const usePostDraft = (post: Post): PostDraft => {
  const queue = saveQueueFor(post.id);
  const [restoredChanges] = useState<PostChanges | null>(() =>
    recoveryToApply<PostChanges>(post, readRecovery(post.id)),
  );
  const start = { ...post, ...restoredChanges };
  const [title, setTitleState] = useState(start.title);
  const [status, setStatusState] = useState(start.status);
  const [chosenChannels, setChannelsState] = useState(start.channels);
  const [lang, setLangState] = useState(start.lang);

  // A removed channel is gone from the post in the core too; it is left out here so no save brings it back.
  const { channels: known } = useChannels();
  const channels = useMemo(
    () =>
      known.length === 0 ? chosenChannels : chosenChannels.filter((id) => known.some((channel) => channel.id === id)),
    [known, chosenChannels],
  );
  useEffect(() => {
    if (channels.length !== chosenChannels.length && !queue.isIdle()) queue.change({ channels });
  }, [channels, chosenChannels, queue]);

  useEffect(() => {
    if (restoredChanges) queue.change(restoredChanges);
    // Leaving the post sends what is still pending.
    return () => void queue.flush();
  }, [queue, restoredChanges]);

  return {
    initialDoc: start.doc,
    title,
    status,
    channels,
    lang,
    restored: restoredChanges !== null,
    setTitle: (next) => {
      setTitleState(next);
      queue.change({ title: next });
    },
    setStatus: (next) => {
      setStatusState(next);
      queue.change({ status: next });
    },
    setChannels: (next) => {
      setChannelsState(next);
      queue.change({ channels: next });
    },
    setLang: (next) => {
      setLangState(next);
      queue.change({ lang: next });
    },
    changeDoc: (readDoc) => queue.change({ doc: readDoc }),
  };
};
