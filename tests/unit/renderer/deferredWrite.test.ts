import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deferredWrite } from '../../../renderer/lib/deferredWrite';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('deferredWrite', () => {
  it('writes once, the latest value, after the calls stop', () => {
    const written: number[] = [];
    const write = deferredWrite(500);
    for (const caret of [1, 2, 3]) {
      write.schedule(() => written.push(caret));
      vi.advanceTimersByTime(200);
    }
    expect(written).toEqual([]);
    vi.advanceTimersByTime(500);
    expect(written).toEqual([3]);
  });

  it('writes at once when flushed, and not again when the timer would have fired', () => {
    const written: number[] = [];
    const write = deferredWrite(500);
    write.schedule(() => written.push(7));
    write.flush();
    expect(written).toEqual([7]);
    vi.advanceTimersByTime(1000);
    write.flush();
    expect(written).toEqual([7]);
  });
});
