import type { Deps } from '../../electron/core/deps';

// A clock the test moves by hand, for rules that depend on how much time has passed.
export function movableClock(start = Date.UTC(2026, 0, 1)): { deps: Deps; advance: (ms: number) => void } {
  let now = start;
  let id = 0;
  return {
    deps: { now: () => new Date(now), newId: () => `id-${++id}` },
    advance: (ms) => {
      now += ms;
    },
  };
}
