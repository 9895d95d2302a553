import { expect } from 'vitest';

// Linear work grows about 4× when its input does; a backtracking regex or a quadratic walk grows 16× or more.
// A ratio against the same work in the same run holds on a busy machine, where a bound in milliseconds does not.
const GROWTH = 4;
const LINEAR_BOUND = 9;
// Below this, timer noise would decide the ratio; work this quick at the small size is fine at any growth we allow.
const FLOOR_MS = 5;
const RUNS = 2;

async function fastest<T>(work: () => T | Promise<T>): Promise<{ ms: number; result: T }> {
  let best = { ms: Number.POSITIVE_INFINITY, result: undefined as T };
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const result = await work();
    const ms = performance.now() - started;
    if (ms < best.ms) best = { ms, result };
  }
  return best;
}

// Runs `work` at a quarter of `size` and at `size`, expects linear growth, and returns the full-size result.
export async function expectLinear<T>(size: number, work: (size: number) => T | Promise<T>): Promise<T> {
  const small = await fastest(() => work(Math.round(size / GROWTH)));
  const large = await fastest(() => work(size));
  expect(
    large.ms / Math.max(small.ms, FLOOR_MS),
    `${size / GROWTH} took ${small.ms.toFixed(1)} ms, ${size} took ${large.ms.toFixed(1)} ms`,
  ).toBeLessThan(LINEAR_BOUND);
  return large.result;
}
