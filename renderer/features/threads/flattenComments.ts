import type { CommentView } from '../../../electron/core/api';

export interface CommentRowData {
  comment: CommentView;
  depth: number;
  // Who this answers, so deep chains stay readable where the indentation stops; null for top-level comments.
  parent: CommentView | null;
}

// Turns parentId links into rows in reading order with their depth, without recursion (chains can be long).
export const flattenComments = (comments: CommentView[]): CommentRowData[] => {
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  const children = new Map<string | null, CommentView[]>();
  for (const comment of comments) {
    const parent = comment.parentId !== null && byId.has(comment.parentId) ? comment.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(comment);
    else children.set(parent, [comment]);
  }
  const rows: CommentRowData[] = [];
  const seen = new Set<string>();
  const walk = (roots: CommentView[]): void => {
    const stack: CommentRowData[] = roots.map((comment) => ({ comment, depth: 0, parent: null })).reverse();
    for (let row = stack.pop(); row; row = stack.pop()) {
      if (seen.has(row.comment.id)) continue;
      seen.add(row.comment.id);
      rows.push(row);
      const kids = children.get(row.comment.id) ?? [];
      for (let i = kids.length - 1; i >= 0; i -= 1) {
        const kid = kids[i];
        if (kid) stack.push({ comment: kid, depth: row.depth + 1, parent: row.comment });
      }
    }
  };
  walk(children.get(null) ?? []);
  // Comments caught in a parent loop would otherwise never show.
  walk(comments.filter((comment) => !seen.has(comment.id)));
  return rows;
};
