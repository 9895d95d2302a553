import { Node } from '@tiptap/pm/model';
import { docSchema, type Doc, type DocNode } from '../schema';
import { bodySchema } from './bodySchema';
import { cleanDocJson } from './cleanDocJson';
import { ContentError } from './contentError';
import { isWithinDepth, MAX_DOC_DEPTH } from './docDepth';
import { emptyDoc } from './emptyDoc';
import { fitDocNode } from './fitDocNode';

const HEADING_LEVELS = [2, 3];

function parseShape(doc: unknown, subject: string): Doc {
  if (!isWithinDepth(doc)) throw new ContentError(`${subject} is nested more than ${MAX_DOC_DEPTH} levels deep`);
  const parsed = docSchema.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new ContentError(`${subject} is not an editor document${where}: ${issue?.message ?? 'unknown shape'}`);
  }
  return parsed.data;
}

function toSchemaNode(doc: Doc, subject: string): Node {
  try {
    const node = Node.fromJSON(bodySchema(), doc);
    node.check();
    return node;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ContentError(`${subject} does not fit the editor: ${reason}`);
  }
}

const isHeadingLevel = (level: unknown): boolean => typeof level === 'number' && HEADING_LEVELS.includes(level);

function checkHeadingLevels(node: Node, subject: string): void {
  node.descendants((child) => {
    const level: unknown = child.attrs['level'];
    if (child.type.name === 'heading' && !isHeadingLevel(level)) {
      throw new ContentError(`${subject} has a heading of level ${String(level)}; only 2 and 3 are used`);
    }
  });
}

// Checks a TipTap JSON doc against the editor's schema. Invalid structure throws a ContentError;
// links that are not http, https or mailto are stripped (their text stays), so a saved or imported body is always safe to show.
// `subject` names the document in error messages ("The reply").
export function validateDoc(doc: unknown, subject = 'The post body'): Doc {
  const shaped = parseShape(doc, subject);
  if (!shaped.content?.length) return emptyDoc();
  const node = toSchemaNode({ ...cleanDocJson(shaped), type: 'doc' }, subject);
  checkHeadingLevels(node, subject);
  return docSchema.parse(node.toJSON());
}

// The same rules for a document the editor's schema itself just built from HTML: its JSON has the shape the schema
// writes, so only what the editor's rules add (depth, links, pictures, heading levels, the schema's check) is applied.
export function validateParsedDoc(parsed: Node, subject = 'The post body'): Doc {
  const json = parsed.toJSON() as Doc;
  if (!isWithinDepth(json)) throw new ContentError(`${subject} is nested more than ${MAX_DOC_DEPTH} levels deep`);
  if (!json.content?.length) return emptyDoc();
  const node = toSchemaNode({ ...cleanDocJson(json), type: 'doc' }, subject);
  checkHeadingLevels(node, subject);
  return node.toJSON() as Doc;
}

// Content nested past the limit is cut off, so no walk over a stored doc can run out of stack;
// two levels are left for what the editor requires inside an emptied node (a list item and its paragraph).
function cutAtDepth(value: unknown, limit = MAX_DOC_DEPTH - 2): unknown {
  if (typeof value !== 'object' || value === null || !Array.isArray((value as DocNode).content)) return value;
  const node = value as DocNode;
  return limit <= 0
    ? { ...node, content: [] }
    : { ...node, content: node.content?.map((child) => cutAtDepth(child, limit - 1)) };
}

function withHeadingLevels(node: DocNode): DocNode {
  const fixed: DocNode =
    node.type === 'heading' && !isHeadingLevel(node.attrs?.['level'])
      ? { ...node, attrs: { ...node.attrs, level: HEADING_LEVELS[0] } }
      : node;
  return fixed.content ? { ...fixed, content: fixed.content.map(withHeadingLevels) } : fixed;
}

// For showing what is stored, which may have been edited by hand or by an older Kanal: never throws, keeps every
// valid part, and drops only what is invalid (an unknown node, a refused attribute, a link to a refused address).
export function repairDoc(doc: unknown): Doc {
  const parsed = docSchema.safeParse(cutAtDepth(doc));
  if (!parsed.success || !parsed.data.content?.length) return emptyDoc();
  const node = fitDocNode(bodySchema(), { ...withHeadingLevels(cleanDocJson(parsed.data)), type: 'doc' });
  const repaired = node ? docSchema.safeParse(node.toJSON()) : null;
  return repaired?.success && repaired.data.content?.length ? repaired.data : emptyDoc();
}
