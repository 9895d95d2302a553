// Where the focus was before the search took it, with the text selection of an editable element, which a
// plain focus() would lose (the caret would jump to the start of the post body).
export interface FocusOrigin {
  element: HTMLElement;
  range: Range | null;
}

export const rememberFocus = (exclude: Element | null): FocusOrigin | null => {
  const element = document.activeElement;
  if (!(element instanceof HTMLElement) || element === exclude || element === document.body) return null;
  const selection = document.getSelection();
  const range =
    element.isContentEditable && selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  return { element, range };
};

// Focuses the element again with its selection as it was; false when the element has left the page.
export const restoreFocus = (origin: FocusOrigin): boolean => {
  if (!origin.element.isConnected) return false;
  origin.element.focus();
  if (origin.range) {
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(origin.range);
  }
  return true;
};
