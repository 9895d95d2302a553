import { TextSelection } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';

// Brings the page's selection in the editor into the editor's state now. The editor reads a selection change a
// moment after it happens, and not at all once the focus has left: the link form, taking the focus right after
// Shift+Arrow, would otherwise link fewer words than the author selected.
export const takePageSelection = (editor: Editor): void => {
  const { view } = editor;
  const selection = document.getSelection();
  const { anchorNode, focusNode } = selection ?? {};
  if (!selection || !anchorNode || !focusNode || !view.dom.contains(anchorNode) || !view.dom.contains(focusNode))
    return;
  const anchor = view.posAtDOM(anchorNode, selection.anchorOffset);
  const head = view.posAtDOM(focusNode, selection.focusOffset);
  const { state } = view;
  if (state.selection.anchor === anchor && state.selection.head === head) return;
  view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, anchor, head)));
};
