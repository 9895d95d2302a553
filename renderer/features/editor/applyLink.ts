import type { Editor } from '@tiptap/react';

// Links the selection, or inserts the address itself as linked text when nothing is selected.
export const applyLink = (editor: Editor, href: string): void => {
  const { empty } = editor.state.selection;
  if (empty && !editor.isActive('link')) {
    editor
      .chain()
      .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
      // Typing on after the address should not extend the link.
      .unsetMark('link')
      .run();
  } else {
    editor.chain().extendMarkRange('link').setLink({ href }).run();
  }
  // Now, not on the next frame: the link form is closing and the next key belongs to the text.
  editor.view.focus();
};
