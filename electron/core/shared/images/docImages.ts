import type { Doc, DocNode } from '../schema';
import { imageNameOf } from './imageRefs';

function eachNode(node: DocNode, visit: (node: DocNode) => void): void {
  visit(node);
  for (const child of node.content ?? []) eachNode(child, visit);
}

// The stored pictures a doc shows, each once, in order of appearance.
export function imageNamesOf(doc: Doc): string[] {
  const names = new Set<string>();
  eachNode(doc, (node) => {
    const name = node.type === 'image' ? imageNameOf(node.attrs?.['src']) : null;
    if (name) names.add(name);
  });
  return [...names];
}

// The same doc with each picture's src replaced (an export's relative path or data: URL); other nodes untouched.
export function withImageSources(doc: Doc, address: (src: string) => string): Doc {
  const map = (node: DocNode): DocNode => {
    const src = node.attrs?.['src'];
    const mapped =
      node.type === 'image' && typeof src === 'string'
        ? { ...node, attrs: { ...node.attrs, src: address(src) } }
        : node;
    return mapped.content ? { ...mapped, content: mapped.content.map(map) } : mapped;
  };
  return { ...doc, content: doc.content?.map(map) };
}
