import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { bodyCounts, type BodyCounts } from '../../../electron/core/shared/content/bodyCounts';

// How long the count waits for typing to pause: a keystroke does no counting and draws nothing but the text.
const COUNT_SETTLE_MS = 300;

const same = (a: BodyCounts, b: BodyCounts): boolean => a.words === b.words && a.characters === b.characters;

// The body's counts by the core's rules, recounted (only the changed blocks) once the text has stopped changing.
export const useSettledBodyCounts = (editor: Editor): BodyCounts => {
  const [counts, setCounts] = useState(() => bodyCounts(editor.state.doc));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const recount = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const next = bodyCounts(editor.state.doc);
        setCounts((previous) => (same(previous, next) ? previous : next));
      }, COUNT_SETTLE_MS);
    };
    editor.on('update', recount);
    return () => {
      clearTimeout(timer);
      editor.off('update', recount);
    };
  }, [editor]);
  return counts;
};
