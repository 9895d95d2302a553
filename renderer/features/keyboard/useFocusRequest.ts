import { useCallback, useRef, useState } from 'react';

// Moves the focus to the current row of a virtual list once that row is drawn: at once (j, k), or once the list shows
// data loaded after version `after` (after a mark: the row that moved up into the current place, not the one leaving).
export const useFocusRequest = () => {
  const wanted = useRef<{ after: number | null } | null>(null);
  // A request draws the list again, so a row already on screen gets to claim it.
  const [, setTick] = useState(0);
  const request = useCallback((after: number | null = null) => {
    wanted.current = { after };
    setTick((tick) => tick + 1);
  }, []);
  // Called by the current row after it renders data loaded for version `shown`; true once per request.
  const claim = useCallback((shown: number): boolean => {
    const pending = wanted.current;
    if (!pending || (pending.after !== null && shown <= pending.after)) return false;
    wanted.current = null;
    return true;
  }, []);
  return { request, claim };
};
