import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CommentRow } from './CommentRow';
import type { CommentRowData } from './flattenComments';

interface CommentListProps {
  rows: CommentRowData[];
  // Said when no row is left to show.
  emptyText: string;
  onMarkOwn: (commentId: string, byAuthor: boolean | null) => void;
  busy: boolean;
}

// Only the comments in view are in the page, so a thread of ten thousand scrolls as lightly as one of ten.
export function CommentList({ rows, emptyText, onMarkOwn, busy }: CommentListProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 140,
    overscan: 8,
    getItemKey: (index) => rows[index]?.comment.id ?? index,
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
              <CommentRow
                comment={row.comment}
                depth={row.depth}
                parent={row.parent}
                onMarkOwn={onMarkOwn}
                busy={busy}
              />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
