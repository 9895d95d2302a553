import { useCallback, useEffect, useRef, useState } from 'react';
import type { PostSummary } from '../../../electron/core/api';
import { api } from '../../lib/api';
import { readRememberedPost, rememberPost, type RememberedPost } from './rememberedPost';

// After a reload or a restart the post that was open opens again, its caret where it was; one library's post
// is never opened in another.
export const useRememberedPost = (
  openPostId: string | null,
  posts: PostSummary[] | null,
  openPost: (postId: string) => void,
) => {
  const [library, setLibrary] = useState<string | null>(null);
  // The caret to put back, once, in the post opened at start.
  const [startSelection, setStartSelection] = useState<RememberedPost | null>(null);
  const restored = useRef(false);
  // The remembered post while it is being opened: until then the list shows none, which is not the author leaving it.
  const opening = useRef<string | null>(null);
  useEffect(() => {
    let live = true;
    api.library.status({}).then(
      (status) => {
        if (!live) return;
        setStartSelection(readRememberedPost(status.dataFile));
        setLibrary(status.dataFile);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (restored.current || library === null || posts === null) return;
    restored.current = true;
    const remembered = startSelection;
    if (!remembered || openPostId !== null || !posts.some((post) => post.id === remembered.postId)) return;
    opening.current = remembered.postId;
    openPost(remembered.postId);
  }, [library, posts, openPostId, openPost, startSelection]);

  useEffect(() => {
    if (library === null || !restored.current) return;
    if (opening.current !== null) {
      if (opening.current !== openPostId) return;
      opening.current = null;
    }
    const previous = readRememberedPost(library);
    if (openPostId === null) rememberPost(library, null);
    else if (previous?.postId !== openPostId) rememberPost(library, { postId: openPostId, from: 1, to: 1 });
  }, [library, openPostId]);

  const rememberSelection = useCallback(
    (postId: string, from: number, to: number) => {
      if (library !== null && restored.current) rememberPost(library, { postId, from, to });
    },
    [library],
  );
  const selectionFor = (postId: string) => (startSelection?.postId === postId ? startSelection : null);
  return { rememberSelection, selectionFor };
};
