import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CommentRow } from './CommentRow';
import type { CommentRowData } from './flattenComments';
import type { CommentTarget } from './ThreadView';

interface CommentListProps {
  rows: CommentRowData[];
  // The comment to scroll to, focus and mark.
  target: CommentTarget | null;
  // Said when no row is left to show.
  emptyText: string;
  onMarkOwn: (commentId: string, byAuthor: boolean | null) => void;
  busy: boolean;
}

// Only the comments in view are in the page, so a thread of ten thousand scrolls as lightly as one of ten.
export function CommentList({ rows, target, emptyText, onMarkOwn, busy }: CommentListProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The target already scrolled to, and the comment still to be focused once it is drawn.
  const handledTarget = useRef<CommentTarget | null>(null);
  const focusPending = useRef<string | null>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 140,
    overscan: 8,
    getItemKey: (index) => rows[index]?.comment.id ?? index,
  });
  const targetId = target?.commentId ?? null;
  const targetIndex = targetId === null ? -1 : rows.findIndex((row) => row.comment.id === targetId);

  useEffect(() => {
    if (!target || handledTarget.current === target || targetIndex < 0) return;
    handledTarget.current = target;
    focusPending.current = target.commentId;
    virtualizer.scrollToIndex(targetIndex, { align: 'center' });
  }, [target, targetIndex, virtualizer]);

  // A virtual row exists only once scrolled into view: the focus waits for the render that draws it.
  useEffect(() => {
    const id = focusPending.current;
    if (id === null) return;
    const row = [...(scrollRef.current?.querySelectorAll<HTMLElement>('[data-comment-id]') ?? [])].find((element) => element.dataset['commentId'] === id);
    if (!row) return;
    focusPending.current = null;
    row.focus({ preventScroll: true });
  });

  if (rows.length === 0) return <p className="placeholder-text">{emptyText}</p>;
  return (
    <div ref={scrollRef} className="comment-scroll" role="region" tabIndex={0} aria-label={t('thread.commentsLabel')}>
      <ol className="comment-rows" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="comment-slot"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <CommentRow comment={row.comment} depth={row.depth} parent={row.parent} targeted={row.comment.id === targetId} onMarkOwn={onMarkOwn} busy={busy} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
