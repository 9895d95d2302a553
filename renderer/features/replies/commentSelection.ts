// The words last selected in a comment's text, remembered while the author moves on to the reply editor
// (clicking into it, or on "Quote selection", takes the selection away from the comment).
let last: { commentId: string; text: string } | null = null;

// Comment bodies that can be quoted carry data-quote-comment="<comment id>".
const quotableOf = (node: Node | null): HTMLElement | null => {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  return element?.closest<HTMLElement>('[data-quote-comment]') ?? null;
};

const onSelectionChange = (): void => {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return;
  const source = quotableOf(selection.anchorNode);
  // A selection elsewhere (in the editor) keeps what was chosen in the comment.
  if (!source || quotableOf(selection.focusNode) !== source) return;
  const commentId = source.dataset['quoteComment'] ?? '';
  const text = selection.isCollapsed ? '' : selection.toString().trim();
  last = text ? { commentId, text } : null;
};

export const installCommentSelection = (): (() => void) => {
  document.addEventListener('selectionchange', onSelectionChange);
  return () => document.removeEventListener('selectionchange', onSelectionChange);
};

// What "Quote selection" quotes: the words selected in this comment, or null when none are.
export const selectedCommentText = (commentId: string): string | null =>
  last?.commentId === commentId ? last.text : null;
