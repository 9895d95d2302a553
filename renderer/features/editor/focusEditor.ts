import type { Editor } from '@tiptap/react';

// TipTap focuses on the next animation frame; keys pressed before it would land in the field being left.
export const focusEditor = (editor: Editor, where: 'start' | 'end' | null = null): void => {
  editor.commands.focus(where);
  editor.view.focus();
};
