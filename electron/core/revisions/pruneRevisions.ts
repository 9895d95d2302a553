import type { Revision } from '../shared/revisions';
import { KEEP_LAST_REVISIONS } from './revisionRules';

// The revisions to keep, oldest first: the last KEEP_LAST_REVISIONS, and before them the newest of each (UTC) day.
export function pruneRevisions(oldestFirst: readonly Revision[]): Revision[] {
  const recent = oldestFirst.length - KEEP_LAST_REVISIONS;
  return oldestFirst.filter((revision, index) => {
    if (index >= recent) return true;
    const next = oldestFirst[index + 1];
    return !next || next.createdAt.slice(0, 10) !== revision.createdAt.slice(0, 10);
  });
}
