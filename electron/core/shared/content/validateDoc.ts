import { Node } from '@tiptap/pm/model';
import { docSchema, type Doc } from '../schema';
import { bodySchema } from './bodySchema';
import { cleanDocJson } from './cleanDocJson';
import { ContentError } from './contentError';
import { isWithinDepth, MAX_DOC_DEPTH } from './docDepth';
import { emptyDoc } from './emptyDoc';

const HEADING_LEVELS = new Set([2, 3]);

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

function checkHeadingLevels(node: Node, subject: string): void {
  node.descendants((child) => {
    const level: unknown = child.attrs['level'];
    if (child.type.name === 'heading' && !(typeof level === 'number' && HEADING_LEVELS.has(level))) {
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
