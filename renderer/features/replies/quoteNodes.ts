import { textToDoc } from '../../../electron/core/shared/content/textToDoc';
import type { DocNode } from '../../../electron/core/shared/schema';

// A reader's words as a quote in the reply, with an empty paragraph after it to answer in.
export const quoteNodes = (text: string): DocNode[] => {
  const paragraphs = textToDoc(text).content ?? [];
  if (paragraphs.length === 0) return [];
  return [{ type: 'blockquote', content: paragraphs }, { type: 'paragraph' }];
};
