import { useEffect, useRef } from 'react';
import { docText } from '../../../electron/core/shared/content/docText';
import { api } from '../../lib/api';
import { flushSaves } from '../editor/saveQueues';

// Whether the post holds nothing the author wrote: no title, no words in its body.
const isUntouched = async (postId: string): Promise<boolean> => {
  await flushSaves(postId);
  const post = await api.posts.get({ id: postId });
  return post.title.trim() === '' && docText(post.doc).trim() === '';
};

// A post just made with "New post" and left without a word goes away instead of staying as "Untitled".
export const useDiscardUntouched = (
  openPostId: string | null,
  isMadeHere: (postId: string) => boolean,
  onDiscarded: () => void,
): void => {
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const left = shown.current;
    shown.current = openPostId;
    if (left === null || left === openPostId || !isMadeHere(left)) return;
    isUntouched(left)
      .then(async (untouched) => {
        if (!untouched) return;
        await api.posts.delete({ id: left });
        onDiscarded();
      })
      .catch((error: unknown) => console.warn('Kanal could not tidy away an empty post', error));
  }, [openPostId, isMadeHere, onDiscarded]);
};
