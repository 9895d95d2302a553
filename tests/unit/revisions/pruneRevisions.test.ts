import { describe, expect, it } from 'vitest';
import { pruneRevisions } from '../../../electron/core/revisions/pruneRevisions';
import { KEEP_LAST_REVISIONS } from '../../../electron/core/revisions/revisionRules';
import type { Revision } from '../../../electron/core/shared/revisions';

const HOUR = 3_600_000;
const revisionAt = (time: number, id: string): Revision => ({
  id,
  createdAt: new Date(time).toISOString(),
  reason: 'pause',
  title: '',
  words: 0,
  wordsAdded: 0,
  wordsRemoved: 0,
  doc: { type: 'doc' },
});

describe('pruning revisions', () => {
  it('keeps everything while a post has no more than the last ones kept', () => {
    const few = Array.from({ length: KEEP_LAST_REVISIONS }, (_, i) =>
      revisionAt(Date.UTC(2026, 0, 1) + i * HOUR, `r${i}`),
    );
    expect(pruneRevisions(few)).toEqual(few);
  });

  it('keeps the last 50 and, before them, the newest of each day', () => {
    // Three days of four revisions six hours apart, then 50 more on later days.
    const older = Array.from({ length: 12 }, (_, i) => revisionAt(Date.UTC(2026, 0, 1) + i * 6 * HOUR, `old${i}`));
    const recent = Array.from({ length: KEEP_LAST_REVISIONS }, (_, i) =>
      revisionAt(Date.UTC(2026, 1, 1) + i * HOUR, `new${i}`),
    );
    const kept = pruneRevisions([...older, ...recent]);
    expect(kept.map((r) => r.id)).toEqual(['old3', 'old7', 'old11', ...recent.map((r) => r.id)]);
  });

  it('drops an older revision of a day whose newest is among the last ones', () => {
    const day = Date.UTC(2026, 2, 1);
    const all = Array.from({ length: KEEP_LAST_REVISIONS + 1 }, (_, i) => revisionAt(day + i * 60_000, `r${i}`));
    const kept = pruneRevisions(all);
    expect(kept).toHaveLength(KEEP_LAST_REVISIONS);
    expect(kept[0]?.id).toBe('r1');
  });
});
