import { useCallback, useRef, useState } from 'react';

const NOW = Symbol('now');

// Moves the focus to the current row of a virtual list once that row is drawn: at once (j, k), or once the list's data
// has changed from `stamp` (after a mark, to the row that moved up into the current place).
export const useFocusRequest = () => {
  const wanted = useRef<{ after: unknown } | null>(null);
  // A request draws the list again, so a row already on screen gets to claim it.
  const [, setTick] = useState(0);
  const request = useCallback((after: unknown = NOW) => {
    wanted.current = { after };
    setTick((tick) => tick + 1);
  }, []);
  // Called by the current row after it renders with the list's data `stamp`; true once per request.
  const claim = useCallback((stamp: unknown): boolean => {
    const pending = wanted.current;
    if (!pending || (pending.after !== NOW && pending.after === stamp)) return false;
    wanted.current = null;
    return true;
  }, []);
  return { request, claim };
};
