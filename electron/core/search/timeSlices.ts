import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';

// Long work in slices: `due()` says when a slice has run its time, `pause()` lets the event loop run before the next.
export class TimeSlices {
  private started = performance.now();

  constructor(private readonly sliceMs = 12) {}

  due(): boolean {
    return performance.now() - this.started > this.sliceMs;
  }

  async pause(): Promise<void> {
    await nextTurn();
    this.started = performance.now();
  }
}
