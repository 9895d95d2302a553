import type { Doc, DocNode } from '../schema';

// Inline content of one textblock: text as it is, hard breaks as line breaks.
function inlineText(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(inlineText).join('');
}

function isTextblock(node: DocNode): boolean {
  return (node.content ?? []).some((child) => child.type === 'text' || child.type === 'hardBreak');
}

function collectBlocks(node: DocNode, blocks: string[]): void {
  if (node.type === 'text') {
    blocks.push(node.text ?? '');
  } else if (isTextblock(node)) {
    blocks.push(inlineText(node));
  } else {
    for (const child of node.content ?? []) collectBlocks(child, blocks);
  }
}

// The plain text of a doc, one block (paragraph, heading, list item, code block) per paragraph, blank lines between.
export function docText(doc: Doc | DocNode): string {
  const blocks: string[] = [];
  collectBlocks(doc, blocks);
  return blocks
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .join('\n\n');
}
