import type { Comment } from '../shared/schema';
import type { NormalizedComment } from './normalizedTypes';

export interface MergedComments {
  comments: Comment[];
  added: number;
}

// Null dates sort after dated ones; equal keys keep their order (Array.prototype.sort is stable).
const byDate = (a: Comment, b: Comment): number => {
  if (a.date === b.date) return 0;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? -1 : 1;
};

// What the author decided about a comment, kept across imports.
type AuthorsWord = Pick<Comment, 'byAuthorOverride' | 'noReplyNeeded'>;
const NOTHING_DECIDED: AuthorsWord = { byAuthorOverride: null, noReplyNeeded: false };

function toComment(id: string, n: NormalizedComment, parentId: string | null, kept: AuthorsWord): Comment {
  const author: Comment['author'] = { name: n.author.name };
  if (n.author.email !== undefined) author.email = n.author.email;
  if (n.author.url !== undefined) author.url = n.author.url;
  return {
    id,
    externalId: n.externalId,
    parentId,
    author,
    date: n.date,
    status: n.status,
    kind: n.kind,
    orphan: n.orphan || (n.parentExternalId !== null && parentId === null),
    byAuthorSource: n.byAuthorSource,
    byAuthorOverride: kept.byAuthorOverride,
    html: n.html,
    text: n.text,
    fingerprint: n.fingerprint,
    noReplyNeeded: kept.noReplyNeeded,
    ...(n.wordpress ? { wordpress: n.wordpress } : {}),
  };
}

// Folds an import into a thread's stored comments: known comments (same fingerprint) keep their id and the author's
// word on them (ownership, "no reply needed") and take the source's current state; new ones get fresh ids; comments
// the file no longer has stay.
export function mergeComments(existing: Comment[], incoming: NormalizedComment[], newId: () => string): MergedComments {
  const known = new Map(existing.map((c) => [c.fingerprint, c]));
  const idOfIncoming = new Map<string, string>();
  const updated = new Map<string, NormalizedComment>();
  const fresh: { id: string; comment: NormalizedComment }[] = [];
  for (const comment of incoming) {
    const match = known.get(comment.fingerprint);
    if (match && !updated.has(match.id)) {
      updated.set(match.id, comment);
      idOfIncoming.set(comment.externalId, match.id);
    } else {
      const id = newId();
      fresh.push({ id, comment });
      idOfIncoming.set(comment.externalId, id);
    }
  }
  const idOfExisting = new Map(existing.map((c) => [c.externalId, c.id]));
  const parentIdOf = (id: string, n: NormalizedComment): string | null => {
    if (n.parentExternalId === null) return null;
    const parent = idOfIncoming.get(n.parentExternalId) ?? idOfExisting.get(n.parentExternalId) ?? null;
    return parent === id ? null : parent;
  };
  const comments = [
    ...existing.map((old) => {
      const n = updated.get(old.id);
      return n ? toComment(old.id, n, parentIdOf(old.id, n), old) : old;
    }),
    ...fresh.map(({ id, comment }) => toComment(id, comment, parentIdOf(id, comment), NOTHING_DECIDED)),
  ];
  return { comments: comments.sort(byDate), added: fresh.length };
}
