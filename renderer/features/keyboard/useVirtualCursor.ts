import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useRef } from 'react';
import { cursorIndex, type Cursor } from './cursor';
import { useFocusRequest } from './useFocusRequest';

interface VirtualCursorOptions {
  count: number;
  keyAt: (index: number) => string | undefined;
  indexOf: (key: string) => number;
  estimateSize: number;
  // A row that stays drawn while scrolled away: the one with an open reply editor, so its words and undo stay.
  pinned: number | null;
  cursor: Cursor;
  onCursor: (cursor: Cursor) => void;
  // The data version the list shows, and the latest one it has asked for (see focusAfterChange).
  shownVersion: number;
  requestedVersion: number;
}

// A virtual list with a current row that j and k move and that keeps the focus: only the rows in view are drawn.
export const useVirtualCursor = ({
  count,
  keyAt,
  indexOf,
  estimateSize,
  pinned,
  cursor,
  onCursor,
  shownVersion,
  requestedVersion,
}: VirtualCursorOptions) => {
  const scrollRef = useRef<HTMLDivElement>(null);
  // Read when a change comes back, not when its key was pressed: a reload asked for in between predates the change.
  const latestRequested = useRef(requestedVersion);
  latestRequested.current = requestedVersion;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      return pinned === null || pinned >= count || indexes.includes(pinned)
        ? indexes
        : [...indexes, pinned].sort((a, b) => a - b);
    },
    [pinned, count],
  );
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    overscan: 6,
    getItemKey: (index) => keyAt(index) ?? `row-${index}`,
    rangeExtractor,
  });
  const focus = useFocusRequest();
  const current = cursorIndex(cursor, indexOf, count);

  // Makes `index` current; with `takeFocus`, scrolls to it and focuses it once drawn.
  const select = (index: number, takeFocus: boolean) => {
    if (index < 0 || index >= count) return;
    onCursor({ key: keyAt(index) ?? null, index });
    if (!takeFocus) return;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    focus.request();
  };
  return {
    scrollRef,
    virtualizer,
    current,
    select,
    // The first j or k from outside the list goes to the current row itself, as the author has not seen it chosen yet.
    move: (delta: number) => {
      const inList = scrollRef.current?.contains(document.activeElement) ?? false;
      const from = current < 0 ? 0 : current;
      select(inList ? Math.max(0, Math.min(count - 1, from + delta)) : from, true);
    },
    // After a change the core has made: the focus goes to whatever is current once data asked for after the change
    // is drawn, so not to the row that is about to leave.
    focusAfterChange: () => focus.request(latestRequested.current),
    focusNow: () => focus.request(),
    claimFocus: () => focus.claim(shownVersion),
  };
};
