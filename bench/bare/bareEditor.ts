import { Editor, type JSONContent } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

declare global {
  interface Window {
    startBareEditor: (doc: JSONContent) => void;
  }
}

// The baseline of the typing figure: TipTap's StarterKit and nothing else, in a page of its own.
window.startBareEditor = (doc) => {
  const element = document.querySelector('#editor');
  if (!element) throw new Error('the bare page has no #editor');
  new Editor({ element, extensions: [StarterKit], content: doc });
};
