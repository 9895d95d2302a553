import { MEANINGFUL_WORDS, REVISION_INTERVAL_MS } from './revisionRules';

// While the author writes, a revision is kept at most once per interval (a post's first one at once)...
export const intervalPassed = (latestAt: string | null, now: Date): boolean =>
  latestAt === null || now.getTime() - Date.parse(latestAt) >= REVISION_INTERVAL_MS;

// ...and only for a meaningful change since the last one.
export const isMeaningful = (changed: { added: number; removed: number }): boolean =>
  changed.added + changed.removed >= MEANINGFUL_WORDS;
