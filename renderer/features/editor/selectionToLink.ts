// Whether the page's selection in the editor has something to link: selected words, or a caret inside a link.
// Read from the page, not from the editor's state, which takes in a selection change a moment after it happens.
export const selectionToLink = (editorDom: HTMLElement): boolean => {
  const selection = document.getSelection();
  const anchor = selection?.anchorNode;
  if (!selection || !anchor || !editorDom.contains(anchor)) return false;
  const element = anchor instanceof Element ? anchor : anchor.parentElement;
  return !selection.isCollapsed || element?.closest('a') !== null;
};
