// How often, and for what, a post's text is kept as a revision, and how many are kept.

// While the author keeps writing, at most one revision per interval.
export const REVISION_INTERVAL_MS = 5 * 60_000;
// A change is meaningful when at least this many words were added or removed since the last revision.
export const MEANINGFUL_WORDS = 3;
// The last revisions kept whatever their age; older ones thin out to one a day.
export const KEEP_LAST_REVISIONS = 50;
