import type { Schema } from '@tiptap/pm/model';
import type { Doc, DocNode } from '../schema';
import { bodySchema } from './bodySchema';
import { docText } from './docText';
import { MAX_DOC_DEPTH } from './docDepth';
import { textToDoc } from './textToDoc';
import { validateDoc } from './validateDoc';

type Mark = NonNullable<DocNode['marks']>[number];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function knownMarks(value: unknown, schema: Schema): Mark[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const marks = value.flatMap((mark): Mark[] => {
    if (!isRecord(mark) || typeof mark.type !== 'string' || !schema.marks[mark.type]) return [];
    return [isRecord(mark.attrs) ? { type: mark.type, attrs: mark.attrs } : { type: mark.type }];
  });
  return marks.length ? marks : undefined;
}

// Keeps the nodes and marks the editor knows; an unknown node gives way to its content, so its words stay.
function pruneNode(value: unknown, depth: number, schema: Schema): DocNode[] {
  if (!isRecord(value) || depth > MAX_DOC_DEPTH) return [];
  const children = Array.isArray(value.content) ? value.content.flatMap((child: unknown) => pruneNode(child, depth + 1, schema)) : undefined;
  const type = value.type;
  if (type === 'text') {
    if (typeof value.text !== 'string' || value.text === '') return [];
    const marks = knownMarks(value.marks, schema);
    return [marks ? { type, text: value.text, marks } : { type, text: value.text }];
  }
  if (typeof type !== 'string' || type === 'doc' || !schema.nodes[type]) return children ?? [];
  const node: DocNode = { type };
  if (isRecord(value.attrs)) node.attrs = value.attrs;
  if (children) node.content = children;
  const marks = knownMarks(value.marks, schema);
  if (marks) node.marks = marks;
  return [node];
}

const attempt = (doc: unknown): Doc | null => {
  try {
    return validateDoc(doc);
  } catch {
    return null;
  }
};

// A stored document made safe to show whatever was edited into the file; never throws. A valid doc comes back
// validated (links other than http, https and mailto lose their mark); otherwise unknown nodes and marks are
// dropped, keeping their text; if the shape still does not fit the editor, what is left is kept as plain paragraphs.
export function salvageDoc(raw: unknown): Doc {
  const valid = attempt(raw);
  if (valid) return valid;
  const schema = bodySchema();
  const blocks = isRecord(raw) ? pruneNode({ ...raw, type: 'pruned' }, 0, schema) : [];
  // Each top-level piece becomes its own paragraph, so loose text and a broken block stay apart.
  return attempt({ type: 'doc', content: blocks }) ?? textToDoc(blocks.map((block) => docText(block)).join('\n\n'));
}
