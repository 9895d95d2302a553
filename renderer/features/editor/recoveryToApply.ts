import type { Recovery } from './recoveryStore';

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

// What the core holds of an edited thing: the saved fields and when they last changed.
type Stored<C> = { [K in keyof C]?: unknown } & { updatedAt: string };

// Whether the core holds exactly what was on its way when the copy was written.
const coreHasInFlight = <C extends object>(stored: Stored<C>, inFlight: C): boolean =>
  (Object.keys(inFlight) as (keyof C)[]).every((field) => sameValue(stored[field], inFlight[field]));

// The unsaved edits to put back into an opened post or reply, or null when the core already has everything.
// `stored` is null when the core has nothing yet (a reply whose first save never arrived): the copy is all there is.
export const recoveryToApply = <C extends object>(stored: Stored<C> | null, recovery: Recovery<C> | null): C | null => {
  if (!recovery) return null;
  if (!stored) return Object.keys(recovery.changes).length > 0 ? recovery.changes : null;
  const newer =
    Date.parse(recovery.editedAt) > Date.parse(stored.updatedAt) ||
    (recovery.inFlight !== null && coreHasInFlight(stored, recovery.inFlight));
  if (!newer) return null;
  const differing = (Object.keys(recovery.changes) as (keyof C)[]).filter(
    (field) => !sameValue(stored[field], recovery.changes[field]),
  );
  if (differing.length === 0) return null;
  return Object.fromEntries(differing.map((field) => [field, recovery.changes[field]])) as C;
};
