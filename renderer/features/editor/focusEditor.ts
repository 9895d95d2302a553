import { Selection } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';

// Focuses the text now. TipTap's own focus waits for the next frame and then rewrites the selection,
// which loses keys pressed before it (a Shift+Arrow, the first letter after Enter in the title).
export const focusEditor = (editor: Editor, where: 'start' | 'end' | null = null): void => {
  const { state, view } = editor;
  if (where !== null) {
    const selection = where === 'start' ? Selection.atStart(state.doc) : Selection.atEnd(state.doc);
    view.dispatch(state.tr.setSelection(selection).scrollIntoView());
  }
  view.focus();
};
