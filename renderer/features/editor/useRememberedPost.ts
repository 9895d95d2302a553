import { useCallback, useEffect, useRef, useState } from 'react';
import { deferredWrite } from '../../lib/deferredWrite';
import { readRememberedPost, rememberLastLibrary, rememberPost, type RememberedPost } from './rememberedPost';
import { startupLibrary } from './startupPost';

// After a reload or a restart the post that was open opens again, its caret where it was; one library's post
// is never opened in another.
// The caret is stored once the author pauses, not on every keystroke; leaving the page stores it at once.
const CARET_WRITE_MS = 500;

export const useRememberedPost = (openPostId: string | null, openPost: (postId: string) => void) => {
  const [caretWrite] = useState(() => deferredWrite(CARET_WRITE_MS));
  useEffect(() => {
    window.addEventListener('pagehide', caretWrite.flush);
    return () => {
      window.removeEventListener('pagehide', caretWrite.flush);
      caretWrite.flush();
    };
  }, [caretWrite]);
  const [library, setLibrary] = useState<string | null>(null);
  // The caret to put back, once, in the post opened at start.
  const [startSelection, setStartSelection] = useState<RememberedPost | null>(null);
  const restored = useRef(false);
  // The remembered post while it is being opened: until then the list shows none, which is not the author leaving it.
  const opening = useRef<string | null>(null);
  useEffect(() => {
    let live = true;
    // The remembered post is asked for at start, beside the list: it opens without waiting for the list.
    startupLibrary().then(
      (startup) => {
        if (!live) return;
        rememberLastLibrary(startup.dataFile);
        setStartSelection(startup.remembered);
        setLibrary(startup.dataFile);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (restored.current || library === null) return;
    restored.current = true;
    const remembered = startSelection;
    if (!remembered || openPostId !== null) return;
    opening.current = remembered.postId;
    openPost(remembered.postId);
  }, [library, openPostId, openPost, startSelection]);

  useEffect(() => {
    if (library === null || !restored.current) return;
    // The caret of the post left is stored before the post now open takes its place.
    caretWrite.flush();
    if (opening.current !== null) {
      if (opening.current !== openPostId) return;
      opening.current = null;
    }
    const previous = readRememberedPost(library);
    if (openPostId === null) rememberPost(library, null);
    else if (previous?.postId !== openPostId) rememberPost(library, { postId: openPostId, from: 1, to: 1 });
  }, [library, openPostId, caretWrite]);

  const rememberSelection = useCallback(
    (postId: string, from: number, to: number) => {
      if (library !== null && restored.current) caretWrite.schedule(() => rememberPost(library, { postId, from, to }));
    },
    [library, caretWrite],
  );
  const selectionFor = (postId: string) => (startSelection?.postId === postId ? startSelection : null);
  return { rememberSelection, selectionFor };
};
