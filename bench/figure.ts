import { performance } from 'node:perf_hooks';

// One row of bench/results.json. `ratio` is median/baseline, or the median itself where the target is absolute
// (then `baseline` is null); a figure meets its target when `ratio` is at most `target`.
export interface Figure {
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  baseline: number | null;
  ratio: number;
  target: number | null;
  meets: boolean | null;
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

const round = (value: number): number => Math.round(value * 100) / 100;

function figure(name: string, unit: string, values: number[], baseline: number | null, target: number | null): Figure {
  const mid = median(values);
  const ratio = baseline === null ? mid : mid / baseline;
  return {
    name,
    unit,
    median: round(mid),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
    baseline: baseline === null ? null : round(baseline),
    ratio: round(ratio),
    target,
    meets: target === null ? null : ratio <= target,
  };
}

// A figure measured against a baseline from the same run.
export const relative = (name: string, values: number[], baseline: number[], target: number | null): Figure =>
  figure(name, 'ms', values, median(baseline), target);

// A figure with an absolute target (milliseconds, megabytes).
export const absolute = (name: string, unit: string, values: number[], target: number | null): Figure =>
  figure(name, unit, values, null, target);

export async function timeMs(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

// Wall times of `runs` runs, in milliseconds, after one warm-up run.
export async function samples(runs: number, work: () => unknown): Promise<number[]> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeMs(work));
  return times;
}

// Paired: the figure's run and its baseline's run alternate, so a machine that slows down slows both alike.
export async function paired(
  runs: number,
  work: () => unknown,
  baseline: () => unknown,
): Promise<{ values: number[]; baseline: number[] }> {
  await work();
  await baseline();
  const values: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < runs; i++) {
    values.push(await timeMs(work));
    base.push(await timeMs(baseline));
  }
  return { values, baseline: base };
}
