// A write that waits until calls to `schedule` stop for `delayMs`: the latest one wins, and `flush` does it now.
export function deferredWrite(delayMs: number) {
  let pending: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    const write = pending;
    pending = null;
    write?.();
  };
  const schedule = (write: () => void): void => {
    pending = write;
    clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  };
  return { schedule, flush };
}
