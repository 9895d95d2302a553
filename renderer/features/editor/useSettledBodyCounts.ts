import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { bodyCounts, type BodyCounts } from '../../../electron/core/shared/content/bodyCounts';

// How long the count waits for typing to pause: a keystroke does no counting and draws nothing but the text.
const COUNT_SETTLE_MS = 300;

const same = (a: BodyCounts | null, b: BodyCounts): boolean =>
  a !== null && a.words === b.words && a.characters === b.characters;

// The body's counts by the core's rules, recounted (only the changed blocks) once the text has stopped changing;
// null until the post has been drawn once: the first count (its word rule compiled on first use) never delays it.
export const useSettledBodyCounts = (editor: Editor): BodyCounts | null => {
  const [counts, setCounts] = useState<BodyCounts | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const count = () => {
      const next = bodyCounts(editor.state.doc);
      setCounts((previous) => (same(previous, next) ? previous : next));
    };
    const recount = () => {
      clearTimeout(timer);
      timer = setTimeout(count, COUNT_SETTLE_MS);
    };
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(count, 0);
    });
    editor.on('update', recount);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      editor.off('update', recount);
    };
  }, [editor]);
  return counts;
};
