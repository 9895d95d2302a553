import type { ImportedComment } from '../../shared/importTypes';

// A source that repeats an id would make two comments one; later repeats get a suffix instead.
export function uniqueExternalIds(comments: ImportedComment[]): ImportedComment[] {
  const seen = new Set<string>();
  return comments.map((comment) => {
    let id = comment.externalId;
    for (let n = 2; seen.has(id); n++) id = `${comment.externalId}~${n}`;
    seen.add(id);
    return id === comment.externalId ? comment : { ...comment, externalId: id };
  });
}
