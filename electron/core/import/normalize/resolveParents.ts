import type { CleanComment } from './cleanComment';

// Settles threading: replies to duplicates follow the kept copy; a parent that is missing or dropped makes an orphan;
// a parent cycle is broken at its first comment in source order, which becomes an orphan.
export function resolveParents(comments: CleanComment[], duplicateOf: Map<string, string>): CleanComment[] {
  const kept = new Set(comments.map((c) => c.externalId));
  const settled = comments.map((comment) => {
    let parent = comment.parentExternalId;
    for (let hops = 0; parent !== null && duplicateOf.has(parent) && hops < 10; hops++)
      parent = duplicateOf.get(parent) ?? null;
    if (parent === null) return { ...comment, parentExternalId: null, orphan: false };
    return kept.has(parent)
      ? { ...comment, parentExternalId: parent }
      : { ...comment, parentExternalId: null, orphan: true };
  });
  return breakCycles(settled);
}

function breakCycles(comments: CleanComment[]): CleanComment[] {
  const order = new Map(comments.map((c, i) => [c.externalId, i]));
  const parentOf = new Map(comments.map((c) => [c.externalId, c.parentExternalId]));
  const state = new Map<string, 'walking' | 'done'>();
  const cut = new Set<string>();
  for (const comment of comments) {
    const path: string[] = [];
    let id: string | null = comment.externalId;
    while (id !== null && !state.has(id)) {
      state.set(id, 'walking');
      path.push(id);
      id = parentOf.get(id) ?? null;
    }
    if (id !== null && state.get(id) === 'walking') {
      const cycle = path.slice(path.indexOf(id));
      const first = cycle.reduce((a, b) => ((order.get(a) ?? 0) <= (order.get(b) ?? 0) ? a : b));
      cut.add(first);
      parentOf.set(first, null);
    }
    for (const walked of path) state.set(walked, 'done');
  }
  return comments.map((c) => (cut.has(c.externalId) ? { ...c, parentExternalId: null, orphan: true } : c));
}
