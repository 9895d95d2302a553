import type { SkipCounts, SkipReason } from '../../shared/importTypes';

export const emptySkipCounts = (): SkipCounts => ({
  spam: 0,
  trash: 0,
  deleted: 0,
  note: 0,
  duplicate: 0,
  missingThread: 0,
});

export function addSkipCounts(into: SkipCounts, more: Partial<SkipCounts>): SkipCounts {
  for (const [reason, count] of Object.entries(more) as [SkipReason, number | undefined][]) into[reason] += count ?? 0;
  return into;
}
