// Keys pressed in a field, an editor, a menu or a dialog belong to it, not to the list's shortcuts; so do keys pressed
// anywhere in a part marked `data-own-keys` (the reply editor with its toolbar and buttons).
export const isTypingTarget = (target: EventTarget | null): boolean => {
  if (!(target instanceof Element)) return false;
  return (
    target.closest(
      'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"], [role="menu"], dialog[open], [data-own-keys]',
    ) !== null
  );
};
