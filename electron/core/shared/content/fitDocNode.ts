import { Fragment, type Mark, type Node, type NodeType, type Schema } from '@tiptap/pm/model';
import type { DocNode } from '../schema';
import { MAX_DOC_DEPTH } from './docDepth';

// Builds an editor node from stored JSON, dropping only what the editor cannot hold: unknown nodes and marks,
// marks a node does not allow, attribute values its type refuses, children that fit nowhere. Everything else stays.

function createMark(schema: Schema, json: NonNullable<DocNode['marks']>[number]): Mark | null {
  const type = schema.marks[json.type];
  if (!type) return null;
  try {
    return type.create(json.attrs ?? null);
  } catch {
    return null;
  }
}

const marksOf = (schema: Schema, json: DocNode): Mark[] =>
  (json.marks ?? [])
    .flatMap((m) => createMark(schema, m) ?? [])
    .reduce<readonly Mark[]>((set, mark) => mark.addToSet(set), []) as Mark[];

// A child placed in `type`: the marks the parent does not allow are taken off (a link inside a code block).
const allowedIn = (type: NodeType, child: Node): Node => child.mark(type.allowedMarks(child.marks));

// Children in order, each where it can go: as is, after what the parent requires first, wrapped, or by its own children.
function fitChildren(type: NodeType, children: Node[]): Fragment {
  const kept: Node[] = [];
  let match = type.contentMatch;
  const place = (child: Node): boolean => {
    const direct = match.matchType(child.type);
    if (direct) {
      kept.push(child);
      match = direct;
      return true;
    }
    const before = match.fillBefore(Fragment.from(child));
    const after = before && match.matchFragment(before)?.matchType(child.type);
    if (before && after) {
      before.forEach((node) => kept.push(node));
      kept.push(child);
      match = after;
      return true;
    }
    const wrapping = match.findWrapping(child.type);
    if (wrapping) {
      const wrapped = wrapping.reduceRight<Node>((inner, wrapper) => wrapper.create(null, inner), child);
      const next = match.matchType(wrapped.type);
      if (next) {
        kept.push(wrapped);
        match = next;
        return true;
      }
    }
    return false;
  };
  for (const child of children) {
    const fitted = allowedIn(type, child);
    if (!place(fitted) && !fitted.isLeaf) fitted.content.forEach((grandchild) => place(allowedIn(type, grandchild)));
  }
  const end = match.fillBefore(Fragment.empty, true);
  return Fragment.from(kept).append(end ?? Fragment.empty);
}

function createNode(
  type: NodeType,
  attrs: Record<string, unknown> | undefined,
  content: Fragment,
  marks: Mark[],
): Node | null {
  for (const given of [attrs ?? null, null]) {
    try {
      const node = type.create(given, content, marks);
      node.check();
      return node;
    } catch {
      // An attribute value the type refuses: its defaults are tried next.
    }
  }
  return null;
}

export function fitDocNode(schema: Schema, json: DocNode, depth = 0): Node | null {
  const type = schema.nodes[json.type];
  if (!type || depth > MAX_DOC_DEPTH) return null;
  if (type.isText) return json.text ? schema.text(json.text, marksOf(schema, json)) : null;
  const children = (json.content ?? []).flatMap((child) => fitDocNode(schema, child, depth + 1) ?? []);
  return createNode(type, json.attrs, fitChildren(type, children), marksOf(schema, json));
}
