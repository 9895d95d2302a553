import { textToDoc } from '../../../electron/core/shared/content/textToDoc';
import type { DocNode } from '../../../electron/core/shared/schema';

// A reader's words as a quote in the reply, with an empty paragraph after it to answer in.
export const quoteNodes = (text: string): DocNode[] => {
  if (text.trim() === '') return [];
  const paragraphs = textToDoc(text).content ?? [];
  return [{ type: 'blockquote', content: paragraphs }, { type: 'paragraph' }];
};
