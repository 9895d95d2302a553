import type { Post } from '../../../electron/core/shared/schema';
import type { PostChanges } from './postChanges';
import type { Recovery } from './recoveryStore';

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

// Whether the core holds exactly what was on its way when the copy was written.
const coreHasInFlight = (post: Post, inFlight: PostChanges): boolean =>
  (Object.keys(inFlight) as (keyof PostChanges)[]).every((field) => sameValue(post[field], inFlight[field]));

// The unsaved edits to put back into an opened post, or null when the core already has everything.
export const recoveryToApply = (post: Post, recovery: Recovery | null): PostChanges | null => {
  if (!recovery) return null;
  const newer =
    Date.parse(recovery.editedAt) > Date.parse(post.updatedAt) ||
    (recovery.inFlight !== null && coreHasInFlight(post, recovery.inFlight));
  if (!newer) return null;
  const differing = (Object.keys(recovery.changes) as (keyof PostChanges)[]).filter(
    (field) => !sameValue(post[field], recovery.changes[field]),
  );
  if (differing.length === 0) return null;
  return Object.fromEntries(differing.map((field) => [field, recovery.changes[field]])) as PostChanges;
};
