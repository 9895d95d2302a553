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
  // The latest keystrokes, read when the core answers.
  const typed = useRef<Typed>({ title: '', body: null });
  // One post at a time: a second click while the first is being made must not make two.
  const making = useRef(false);
  // Whether the shell is still what the author looks at; one who opened another post meanwhile stays there.
  const waiting = useRef(false);
  // The posts "New post" made in this window: one left without a word is not kept.
  const made = useRef(new Set<string>());
  useEffect(() => {
    waiting.current = postsInView && openPostId === null;
  });

  const make = useCallback(async () => {
    if (making.current) return;
    making.current = true;
    setDraft({ ...typed.current, error: null, attempt: 0 });
    try {
      const post = await api.posts.create({});
      made.current.add(post.id);
      // Read the keys and swap the shell for the editor in one go: a key pressed in between would be lost.
      flushSync(() => {
        const { title, body } = typed.current;
        const doc = body ? linesToDoc(body) : post.doc;
        // What was typed while the post was being made is its first edit.
        if (title || body) saveQueueFor(post.id).change({ title, ...(body ? { doc } : {}) });
        setDraft(null);
        onListChanged();
        if (!waiting.current) return;
        setFresh({ post: { ...post, title, doc }, focus: body === null ? 'title' : 'body' });
        openPost(post.id);
      });
    } catch (failure) {
      setDraft({ ...typed.current, error: errorMessage(failure), attempt: 0 });
    } finally {
      making.current = false;
    }
  }, [onListChanged, openPost]);

  const create = useCallback(() => {
    if (making.current) {
      setDraft((previous) => previous && { ...previous, attempt: previous.attempt + 1 });
      return;
    }
    typed.current = { title: '', body: null };
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
            typed.current.title = title;
            setDraft((previous) => previous && { ...previous, title });
          },
          setBody: (body) => {
            typed.current.body = body;
            setDraft((previous) => previous && { ...previous, body });
          },
          toBody: () => {
            typed.current.body ??= '';
            setDraft((previous) => previous && { ...previous, body: previous.body ?? '' });
          },
          retry: () => void make(),
        }
      : null;
  const isMadeHere = useCallback((postId: string) => made.current.has(postId), []);
  return { create, shell, fresh: fresh && fresh.post.id === openPostId ? fresh : null, isMadeHere };
};
