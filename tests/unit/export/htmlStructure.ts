import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

// An HTML tree reduced to what a reader sees of it: elements with their link target or list start, and text with
// runs of white space made one. A list item's lone paragraph counts as its text (Markdown's tight lists).
export type Structure = string | { tag: string; href?: string; start?: string; children: Structure[] };

const BREAKS = new Set(['br', 'p', 'ul', 'ol', 'li', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'hr']);
const isBreak = (node: ChildNode | null): boolean => node?.type === 'tag' && BREAKS.has((node as Element).name);

function reduce(nodes: ChildNode[], parent: string | null): Structure[] {
  const out: Structure[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      // White space beside a line break or a block is not something a reader sees.
      let text = node.data.replace(/\s+/g, ' ');
      if (isBreak(node.prev)) text = text.replace(/^ /, '');
      if (isBreak(node.next)) text = text.replace(/ $/, '');
      if (text.trim() === '') continue;
      out.push(text);
    } else if (node.type === 'tag') {
      const element = node as Element;
      const children = reduce(element.children, element.name);
      if (element.name === 'p' && parent === 'li') out.push(...children);
      else
        out.push({
          tag: element.name,
          ...(element.attribs['href'] ? { href: element.attribs['href'] } : {}),
          ...(element.attribs['start'] && element.attribs['start'] !== '1' ? { start: element.attribs['start'] } : {}),
          children,
        });
    }
  }
  // Nor at the edges of a block.
  const first = out[0];
  const last = out[out.length - 1];
  if (typeof first === 'string') out[0] = first.replace(/^ /, '');
  if (typeof last === 'string') out[out.length - 1] = (out[out.length - 1] as string).replace(/ $/, '');
  return out.filter((node) => node !== '');
}

export const htmlStructure = (html: string): Structure[] => reduce(parseDocument(html).children, null);
