import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { QueueItem, QueueResult } from '../../../electron/core/api';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/apiError';
import { itemKey, queueInput, type QueueFilters } from './queueFilters';

// Comments are fetched a page at a time as they scroll into view, so ten thousand waiting open as fast as ten.
export const QUEUE_PAGE_SIZE = 50;

interface Loaded {
  filtersKey: string;
  // The version these pages were loaded for.
  version: number;
  matching: number;
  total: number;
  unreadableThreads: string[];
  pages: Map<number, QueueItem[]>;
}

export interface QueuePages {
  // null until the first page for these filters has arrived.
  loaded: Loaded | null;
  error: string | null;
  itemAt: (index: number) => QueueItem | undefined;
  indexOf: (key: string) => number;
  // The rows in view, and one kept drawn out of view (an open editor's); their pages are fetched if missing.
  show: (first: number, last: number, pinned: number | null) => void;
}

const pagesOf = (first: number, last: number, pinned: number | null): number[] => {
  const pages = new Set<number>();
  for (let page = Math.floor(first / QUEUE_PAGE_SIZE); page <= Math.floor(last / QUEUE_PAGE_SIZE); page += 1)
    pages.add(page);
  if (pinned !== null) pages.add(Math.floor(pinned / QUEUE_PAGE_SIZE));
  return [...pages].sort((a, b) => a - b);
};

// The reply queue for `filters`, reloaded when `version` changes; what was shown stays until the new pages arrive.
export const useQueuePages = (filters: QueueFilters, version: number): QueuePages => {
  const filtersKey = JSON.stringify(filters);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The pages in view, the reload that is current, and the pages on their way for it.
  const visible = useRef<number[]>([0]);
  const generation = useRef(0);
  const requested = useRef(new Set<number>());
  const lastFilters = useRef(filtersKey);

  // The same filters as a new object must not reload.
  const stableFilters = useMemo(() => JSON.parse(filtersKey) as QueueFilters, [filtersKey]);
  const fetchPage = useCallback(
    (page: number): Promise<QueueResult> =>
      api.queue.list(queueInput(stableFilters, page * QUEUE_PAGE_SIZE, QUEUE_PAGE_SIZE)),
    [stableFilters],
  );

  useEffect(() => {
    // Other filters start at the top.
    if (lastFilters.current !== filtersKey) visible.current = [0];
    lastFilters.current = filtersKey;
    const current = (generation.current += 1);
    const pages = visible.current;
    requested.current = new Set(pages);
    Promise.all(pages.map((page) => fetchPage(page).then((result) => [page, result] as const))).then(
      (results) => {
        if (current !== generation.current) return;
        const newest = results.at(-1)?.[1];
        if (!newest) return;
        setLoaded({
          filtersKey,
          version,
          matching: newest.matching,
          total: newest.total,
          unreadableThreads: newest.unreadableThreads,
          pages: new Map(results.map(([page, result]) => [page, result.items])),
        });
        setError(null);
      },
      (failure: unknown) => current === generation.current && setError(errorMessage(failure)),
    );
  }, [filtersKey, version, fetchPage]);

  const show = useCallback(
    (first: number, last: number, pinned: number | null) => {
      const pages = pagesOf(first, last, pinned);
      visible.current = pages;
      if (!loaded || loaded.filtersKey !== filtersKey) return;
      const current = generation.current;
      for (const page of pages) {
        if (loaded.pages.has(page) || requested.current.has(page)) continue;
        requested.current.add(page);
        fetchPage(page).then(
          (result) => {
            if (current !== generation.current) return;
            setLoaded((previous) =>
              previous && previous.filtersKey === filtersKey
                ? {
                    ...previous,
                    matching: result.matching,
                    total: result.total,
                    pages: new Map(previous.pages).set(page, result.items),
                  }
                : previous,
            );
          },
          (failure: unknown) => {
            requested.current.delete(page);
            if (current === generation.current) setError(errorMessage(failure));
          },
        );
      }
    },
    [loaded, filtersKey, fetchPage],
  );

  const keys = useMemo(() => {
    const map = new Map<string, number>();
    for (const [page, items] of loaded?.pages ?? [])
      items.forEach((item, i) => map.set(itemKey(item), page * QUEUE_PAGE_SIZE + i));
    return map;
  }, [loaded]);

  const current = loaded && loaded.filtersKey === filtersKey ? loaded : null;
  return {
    loaded: current,
    error,
    itemAt: (index) => current?.pages.get(Math.floor(index / QUEUE_PAGE_SIZE))?.[index % QUEUE_PAGE_SIZE],
    indexOf: (key) => keys.get(key) ?? -1,
    show,
  };
};
