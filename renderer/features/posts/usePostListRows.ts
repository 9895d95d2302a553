import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { scrollingAncestor } from '../../lib/scrollingAncestor';
import { outerHeight } from './outerHeight';
import { rangeWithRow } from './rangeWithRow';

// A row with a title on one line and its facts on another, before it is measured.
const ROW_ESTIMATE_PX = 64;

// The post list's rows, drawn only where the sidebar shows them: a library of thousands of posts opens as fast as one
// of ten. The row at `tabStop` is always drawn; `focusRow` scrolls to a row and focuses it once it is in the page.
export const usePostListRows = (listRef: RefObject<HTMLElement | null>, ids: string[], tabStop: number) => {
  // Where the list starts inside the sidebar that scrolls it (below the channel filter).
  const [scrollMargin, setScrollMargin] = useState(0);
  const wantsFocus = useRef<string | null>(null);
  const rangeExtractor = useCallback(
    (range: Range) => rangeWithRow(defaultRangeExtractor(range), tabStop, range.count),
    [tabStop],
  );
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => (listRef.current ? scrollingAncestor(listRef.current) : null),
    estimateSize: () => ROW_ESTIMATE_PX,
    overscan: 8,
    scrollMargin,
    getItemKey: (index) => ids[index] ?? index,
    rangeExtractor,
    measureElement: outerHeight,
  });

  useLayoutEffect(() => {
    const list = listRef.current;
    const scroller = list && scrollingAncestor(list);
    if (!list || !scroller) return;
    const margin = list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    if (Math.abs(margin - scrollMargin) >= 1) setScrollMargin(margin);
  }, [listRef, ids, scrollMargin]);

  useLayoutEffect(() => {
    const list = listRef.current;
    const wanted = wantsFocus.current;
    const row = wanted && list?.querySelector<HTMLElement>(`[data-post-id="${CSS.escape(wanted)}"]`);
    if (row) {
      wantsFocus.current = null;
      row.focus({ preventScroll: true });
    }
  });

  const scrollToRow = useCallback(
    (index: number) => {
      if (index >= 0 && index < ids.length) virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [virtualizer, ids.length],
  );
  const focusRow = (index: number) => {
    const id = ids[index];
    if (id === undefined) return;
    scrollToRow(index);
    const row = listRef.current?.querySelector<HTMLElement>(`[data-post-id="${CSS.escape(id)}"]`);
    // A row not yet in the page is focused once the list has drawn it.
    if (row) row.focus({ preventScroll: true });
    else wantsFocus.current = id;
  };
  return { virtualizer, scrollMargin, scrollToRow, focusRow };
};
