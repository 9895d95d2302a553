import type { Doc, DocNode } from '../schema';
import { emptyDoc } from './emptyDoc';

// One line of a paragraph: its text, then a line break before the next line.
function lineNodes(lines: string[]): DocNode[] {
  return lines.flatMap((line, i) => {
    const nodes: DocNode[] = i > 0 ? [{ type: 'hardBreak' }] : [];
    // The editor's schema has no empty text nodes.
    if (line !== '') nodes.push({ type: 'text', text: line });
    return nodes;
  });
}

// Plain text as a body: blank lines separate paragraphs, single newlines become line breaks, markup stays text.
export function textToDoc(text: string): Doc {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/^\n+|\n+$/g, ''))
    .filter((block) => block.trim() !== '');
  if (paragraphs.length === 0) return emptyDoc();
  return {
    type: 'doc',
    content: paragraphs.map((block) => ({ type: 'paragraph', content: lineNodes(block.split('\n')) })),
  };
}
