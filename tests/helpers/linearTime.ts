import { expect } from 'vitest';

// Linear work grows about 4× when its input does; a backtracking regex or a quadratic walk grows 16× or more.
// A ratio against the same work in the same run holds on a busy machine, where a bound in milliseconds does not.
const GROWTH = 4;
const LINEAR_BOUND = 9;
// Below this, timer noise would decide the ratio; work this quick at the small size is fine at any growth we allow.
const FLOOR_MS = 5;
// Small and large runs take turns, so a burst of load elsewhere falls on both sizes alike.
const RUNS = 3;

async function timed<T>(work: () => T | Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

// Runs `work` at a quarter of `size` and at `size`, expects linear growth, and returns the full-size result.
export async function expectLinear<T>(size: number, work: (size: number) => T | Promise<T>): Promise<T> {
  let small = Number.POSITIVE_INFINITY;
  let large: { ms: number; result: T } | null = null;
  for (let run = 0; run < RUNS; run++) {
    small = Math.min(small, (await timed(() => work(Math.round(size / GROWTH)))).ms);
    const measured = await timed(() => work(size));
    if (!large || measured.ms < large.ms) large = measured;
  }
  if (!large) throw new Error('no run was measured');
  expect(
    large.ms / Math.max(small, FLOOR_MS),
    `${size / GROWTH} took ${small.toFixed(1)} ms, ${size} took ${large.ms.toFixed(1)} ms`,
  ).toBeLessThan(LINEAR_BOUND);
  return large.result;
}
