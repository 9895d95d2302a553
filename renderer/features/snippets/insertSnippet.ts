import type { Editor } from '@tiptap/react';
import { textToDoc } from '../../../electron/core/shared/content/textToDoc';
import { fillSnippet, type SnippetValues } from '../../../electron/core/shared/snippets/fillSnippet';

// A saved reply's text, its placeholders filled, put in at the caret as ordinary, editable paragraphs.
export const insertSnippet = (editor: Editor, text: string, values: SnippetValues): void => {
  const content = textToDoc(fillSnippet(text, values)).content ?? [];
  if (content.length > 0) editor.chain().focus().insertContent(content).run();
};
