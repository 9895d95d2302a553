import { TextSelection } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';

// Puts the caret (or selection) back where it was, within the text as it is now, and focuses the text.
export const restoreCaret = (editor: Editor, place: { from: number; to: number }): void => {
  const { state, view } = editor;
  const size = state.doc.content.size;
  const clamp = (position: number) => Math.max(0, Math.min(position, size));
  const selection = TextSelection.between(state.doc.resolve(clamp(place.from)), state.doc.resolve(clamp(place.to)));
  view.dispatch(state.tr.setSelection(selection).scrollIntoView());
  view.focus();
};
