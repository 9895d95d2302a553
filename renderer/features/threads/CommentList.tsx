import type { ReactNode } from 'react';
import type { useVirtualCursor } from '../keyboard/useVirtualCursor';

interface CommentListProps {
  count: number;
  cursor: ReturnType<typeof useVirtualCursor>;
  // Said when no row is left to show.
  emptyText: string;
  label: string;
  renderRow: (index: number) => ReactNode;
}

// Only the comments in view are in the page, so a thread of ten thousand scrolls as lightly as one of ten.
export function CommentList({ count, cursor, emptyText, label, renderRow }: CommentListProps) {
  const { scrollRef, virtualizer } = cursor;
  if (count === 0) return <p className="placeholder-text">{emptyText}</p>;
  return (
    <div ref={scrollRef} className="comment-scroll" role="region" tabIndex={0} aria-label={label}>
      <ol className="comment-rows" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => (
          // Only some rows are in the page, so each says where it stands in the whole list.
          <li
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            aria-posinset={item.index + 1}
            aria-setsize={count}
            className="comment-slot"
            style={{ transform: `translateY(${item.start}px)` }}
          >
            {renderRow(item.index)}
          </li>
        ))}
      </ol>
    </div>
  );
}
