import type { Doc, DocNode } from '../schema';

// A paragraph with nothing in it but white space and hard breaks.
const isEmptyParagraph = (node: DocNode): boolean =>
  node.type === 'paragraph' &&
  (node.content ?? []).every((child) => child.type === 'hardBreak' || (child.type === 'text' && !child.text?.trim()));

// An exported post never ends in blank lines the editor left after the last words.
export function withoutTrailingEmptyParagraphs(doc: Doc): Doc {
  const content = [...(doc.content ?? [])];
  while (content.length > 0 && isEmptyParagraph(content[content.length - 1] as DocNode)) content.pop();
  return { ...doc, content };
}
