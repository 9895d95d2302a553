import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Post } from '../../../electron/core/shared/schema';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/apiError';
import { saveQueueFor } from '../editor/saveQueues';
import { linesToDoc } from './linesToDoc';

export type StartFocus = 'title' | 'body';

// The post just made, and where the writing goes on; its editor starts from this copy instead of loading it.
export interface FreshPost {
  post: Post;
  focus: StartFocus;
}

// The title field shown at once on "New post", before the core has made the post.
export interface NewPostDraft {
  title: string;
  // null until Enter in the title moves the writing on.
  body: string | null;
  error: string | null;
  // Counts the clicks on New post while this one is being made; each brings the focus back to it.
  attempt: number;
  setTitle: (title: string) => void;
  setBody: (body: string) => void;
  toBody: () => void;
  retry: () => void;
}

interface Typed {
  title: string;
  body: string | null;
}

interface NewPostOptions {
  openPost: (postId: string | null) => void;
  openPostId: string | null;
  // Whether the posts section is shown (not the comments).
  postsInView: boolean;
  onListChanged: () => void;
}

// "New post" without a pause: what is typed before the post exists becomes its title, not lost keystrokes.
export const useNewPost = ({ openPost, openPostId, postsInView, onListChanged }: NewPostOptions) => {
  const [draft, setDraft] = useState<(Typed & { error: string | null; attempt: number }) | null>(null);
  const [fresh, setFresh] = useState<FreshPost | null>(null);
  // What is typed for each post not made yet, oldest first; the author types into the last one.
  const waitingDrafts = useRef<Typed[]>([]);
  // Made one after another: each post takes the oldest draft's words.
  const making = useRef(false);
  // Whether the shell is still what the author looks at; one who opened another post meanwhile stays there.
  const waiting = useRef(false);
  // The posts "New post" made in this window: one left without a word is not kept.
  const made = useRef(new Set<string>());
  useEffect(() => {
    waiting.current = postsInView && openPostId === null;
  });
  const shown = (): Typed | undefined => waitingDrafts.current.at(-1);

  const make = useCallback(async () => {
    if (making.current) return;
    making.current = true;
    try {
      for (let next = waitingDrafts.current[0]; next; next = waitingDrafts.current[0]) {
        const post = await api.posts.create({});
        made.current.add(post.id);
        // Read the keys and swap the shell for the editor in one go: a key pressed in between would be lost.
        flushSync(() => {
          waitingDrafts.current.shift();
          const { title, body } = next;
          const doc = body ? linesToDoc(body) : post.doc;
          // What was typed while the post was being made is its first edit.
          if (title || body) saveQueueFor(post.id).change({ title, ...(body ? { doc } : {}) });
          onListChanged();
          // The author already went on to the next new post: this one is kept, not opened.
          if (waitingDrafts.current.length > 0) return;
          setDraft(null);
          if (!waiting.current) return;
          setFresh({ post: { ...post, title, doc }, focus: body === null ? 'title' : 'body' });
          openPost(post.id);
        });
      }
    } catch (failure) {
      // Every draft stays in memory; the retry makes the posts still missing.
      setDraft((previous) => previous && { ...previous, error: errorMessage(failure) });
    } finally {
      making.current = false;
    }
  }, [onListChanged, openPost]);

  const create = useCallback(() => {
    const last = shown();
    if (last && last.title === '' && last.body === null) {
      // A second click before anything was typed: one post, and the focus back in its title.
      setDraft((previous) => previous && { ...previous, attempt: previous.attempt + 1 });
      openPost(null);
      return;
    }
    waitingDrafts.current.push({ title: '', body: null });
    setDraft((previous) => ({ title: '', body: null, error: null, attempt: (previous?.attempt ?? 0) + 1 }));
    // Close the open post at once, so nothing typed while the new one is made lands in the old one.
    openPost(null);
    void make();
  }, [make, openPost]);

  // The fresh copy is only for the first opening; coming back later loads the post as saved.
  if (fresh && fresh.post.id !== openPostId) setFresh(null);

  const shell: NewPostDraft | null =
    draft && openPostId === null
      ? {
          ...draft,
          setTitle: (title) => {
            const last = shown();
            if (last) last.title = title;
            setDraft((previous) => previous && { ...previous, title });
          },
          setBody: (body) => {
            const last = shown();
            if (last) last.body = body;
            setDraft((previous) => previous && { ...previous, body });
          },
          toBody: () => {
            const last = shown();
            if (last) last.body ??= '';
            setDraft((previous) => previous && { ...previous, body: previous.body ?? '' });
          },
          retry: () => {
            setDraft((previous) => previous && { ...previous, error: null });
            void make();
          },
        }
      : null;
  const isMadeHere = useCallback((postId: string) => made.current.has(postId), []);
  return { create, shell, fresh: fresh && fresh.post.id === openPostId ? fresh : null, isMadeHere };
};
