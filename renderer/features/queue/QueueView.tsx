import { useEffect, useId, useState, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueItem } from '../../../electron/core/api';
import { useAnnounce } from '../announcer/Announcer';
import type { Cursor } from '../keyboard/cursor';
import { keyOf } from '../keyboard/shortcuts';
import { slotIndex } from '../keyboard/slotIndex';
import { useListShortcuts } from '../keyboard/useListShortcuts';
import { useVirtualCursor } from '../keyboard/useVirtualCursor';
import { markFor } from '../marks/mark';
import { useMarks } from '../marks/MarksContext';
import { ReplyEditor } from '../replies/ReplyEditor';
import { flushReply } from '../replies/replyDrafts';
import { sameTarget, useReplyEditing, type EditTarget } from '../replies/useReplyEditing';
import type { MarkChoice } from '../threads/CommentActions';
import { CommentList } from '../threads/CommentList';
import { QueueEntry } from './QueueEntry';
import { isFiltered, itemKey, type QueueFilters } from './queueFilters';
import { useQueuePages } from './useQueuePages';

interface QueueViewProps {
  filters: QueueFilters;
  onClearFilters: () => void;
  version: number;
  // Kept by the workspace, so the queue opens again where the author left it.
  cursor: Cursor;
  onCursor: Dispatch<SetStateAction<Cursor>>;
  onOpenInThread: (threadId: string, commentId: string) => void;
  onShortcuts: () => void;
  onManageSnippets: () => void;
}

const targetOf = (item: QueueItem): EditTarget => ({
  threadId: item.threadId,
  commentId: item.commentId,
  parentReplyId: null,
});

// Every comment that waits for an answer, newest first unless asked otherwise, answered right here or in its thread.
export function QueueView({
  filters,
  onClearFilters,
  version,
  cursor,
  onCursor,
  onOpenInThread,
  onShortcuts,
  onManageSnippets,
}: QueueViewProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const announce = useAnnounce();
  const marks = useMarks();
  const editing = useReplyEditing();
  // Reloaded also once a closed editor's draft has reached the core, so its entry says it has one.
  const [draftsSaved, setDraftsSaved] = useState(0);
  const requested = version + draftsSaved;
  const queue = useQueuePages(filters, requested);
  const count = queue.loaded?.matching ?? 0;
  const editingKey = editing.editing ? itemKey(editing.editing) : null;
  const editingIndex = editingKey ? queue.indexOf(editingKey) : -1;
  const list = useVirtualCursor({
    count,
    keyAt: (index) => {
      const item = queue.itemAt(index);
      return item ? itemKey(item) : undefined;
    },
    indexOf: queue.indexOf,
    estimateSize: 180,
    pinned: editingIndex >= 0 ? editingIndex : null,
    cursor,
    onCursor,
    shownVersion: queue.loaded?.version ?? -1,
    requestedVersion: requested,
  });

  // Another order or other filters start at the top, once their first page is drawn.
  const shownFilters = queue.loaded?.filtersKey;
  const { virtualizer } = list;
  useEffect(() => {
    if (shownFilters !== undefined) virtualizer.scrollToOffset(0);
  }, [shownFilters, virtualizer]);

  // The pages of the rows in view are fetched as they come into view.
  const items = list.virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const { show } = queue;
  const pinned = editingIndex >= 0 ? editingIndex : null;
  useEffect(() => show(first, last, pinned), [show, first, last, pinned]);

  const currentItem = queue.itemAt(list.current);
  const mark = (item: QueueItem, choice: MarkChoice) =>
    void marks
      .mark(
        markFor(
          choice,
          { threadId: item.threadId, commentId: item.commentId },
          { noReplyNeeded: false, byAuthorOverride: item.byAuthorOverride },
        ),
      )
      .then((done) => done && list.focusAfterChange());
  const finish = async (item: QueueItem) => {
    const outcome = await editing.finish(item.threadId, item.commentId, item.draftReplyId);
    if (outcome.ok) list.focusAfterChange();
  };
  const undo = () => {
    void marks.undo().then((target) => {
      if (!target) return;
      onCursor((previous) => ({ key: itemKey(target), index: previous.index }));
      list.focusAfterChange();
    });
  };
  const closeEditor = () => {
    const index = editingIndex;
    const target = editing.editing;
    editing.close();
    if (index >= 0) list.select(index, true);
    if (target) void flushReply(target.threadId, target.commentId).then(() => setDraftsSaved((count) => count + 1));
  };
  useListShortcuts({
    next: () => list.move(1),
    previous: () => list.move(-1),
    reply: () => currentItem && editing.open(targetOf(currentItem)),
    done: () => {
      if (!currentItem) return;
      if (editingKey === itemKey(currentItem) || currentItem.draftReplyId) void finish(currentItem);
      else announce(t('reply.noDraft'));
    },
    noReply: () => currentItem && mark(currentItem, { kind: 'noReply', value: true }),
    undo,
    open: () => currentItem && onOpenInThread(currentItem.threadId, currentItem.commentId),
    help: onShortcuts,
  });

  const loaded = queue.loaded;
  const renderRow = (index: number) => {
    const item = queue.itemAt(index);
    if (!item) return <p className="placeholder-text queue-pending">{t('common.loading')}</p>;
    const target = targetOf(item);
    return (
      <QueueEntry
        item={item}
        current={index === list.current}
        claimFocus={list.claimFocus}
        busy={marks.busy}
        onReply={() => editing.open(target)}
        onMark={(choice) => mark(item, choice)}
        onOpen={() => onOpenInThread(item.threadId, item.commentId)}
      >
        {sameTarget(editing.editing, target) && (
          <ReplyEditor
            threadId={item.threadId}
            commentId={item.commentId}
            parentReplyId={null}
            commentText={item.text}
            values={{ name: item.author.name, post: item.postTitle }}
            finishing={editing.finishing}
            error={editing.error}
            onFinish={() => void finish(item)}
            onDiscard={() => void editing.discard(target, item.draftReplyId)}
            onClose={closeEditor}
            onManageSnippets={onManageSnippets}
          />
        )}
      </QueueEntry>
    );
  };

  return (
    <section
      className="thread-view queue-view"
      aria-labelledby={titleId}
      onFocus={(event) => {
        // Focus anywhere in an entry (a click, Tab) makes it the current one.
        const index = slotIndex(event.target);
        const item = index === null ? undefined : queue.itemAt(index);
        if (item && index !== null)
          onCursor((previous) =>
            previous.key === itemKey(item) && previous.index === index ? previous : { key: itemKey(item), index },
          );
      }}
    >
      <header className="thread-header">
        <h2 id={titleId}>{t('queue.title')}</h2>
        {loaded && (
          <p>
            {isFiltered(filters) && loaded.matching !== loaded.total
              ? t('queue.matching', { matching: loaded.matching, total: t('queue.waiting', { count: loaded.total }) })
              : t('queue.waiting', { count: loaded.total })}
          </p>
        )}
        <div className="thread-tools">
          <button
            type="button"
            disabled={!marks.canUndo || marks.busy}
            aria-keyshortcuts={keyOf('undo')}
            onClick={undo}
          >
            {t('queue.undoLast')}
          </button>
          <button type="button" className="quiet-button" aria-keyshortcuts={keyOf('help')} onClick={onShortcuts}>
            {t('queue.shortcuts')}
          </button>
        </div>
        {loaded && loaded.unreadableThreads.length > 0 && (
          <p className="notice-inline">{t('queue.unreadable', { count: loaded.unreadableThreads.length })}</p>
        )}
        {(queue.error ?? marks.error) && (
          <p role="alert" className="form-error">
            {queue.error ?? marks.error}
          </p>
        )}
      </header>
      {!loaded ? (
        <p className="placeholder-text">{t('common.loading')}</p>
      ) : count === 0 && isFiltered(filters) ? (
        <div className="empty-state">
          <p>{t('queue.noneMatching')}</p>
          <button type="button" onClick={onClearFilters}>
            {t('queue.clearFilters')}
          </button>
        </div>
      ) : (
        <CommentList
          count={count}
          cursor={list}
          label={t('queue.listLabel')}
          emptyText={t('queue.empty')}
          renderRow={renderRow}
        />
      )}
    </section>
  );
}
