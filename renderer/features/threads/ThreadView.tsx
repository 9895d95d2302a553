import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostSummary } from '../../../electron/core/api';
import { useAnnounce } from '../announcer/Announcer';
import type { Cursor } from '../keyboard/cursor';
import { slotIndex } from '../keyboard/slotIndex';
import { useListShortcuts } from '../keyboard/useListShortcuts';
import { useVirtualCursor } from '../keyboard/useVirtualCursor';
import { markFor } from '../marks/mark';
import { useMarks } from '../marks/MarksContext';
import { draftOf } from '../replies/draftOf';
import { useReplyActions } from '../replies/ReplyActions';
import { ReplyEditor } from '../replies/ReplyEditor';
import { flushReply } from '../replies/replyDrafts';
import { ReplyRow } from '../replies/ReplyRow';
import { sameTarget, useReplyEditing, type EditTarget } from '../replies/useReplyEditing';
import type { MarkChoice } from './CommentActions';
import { CommentList } from './CommentList';
import { CommentRow } from './CommentRow';
import { ThreadHeader } from './ThreadHeader';
import { threadRows, type ThreadRow } from './threadRows';
import { useThread } from './useThread';
import { useThreadActions } from './useThreadActions';

interface ThreadViewProps {
  threadId: string;
  // Bumped whenever threads may have changed (an import, a setting, an action here).
  version: number;
  posts: PostSummary[];
  // The comment to show and focus first (opened from the reply queue).
  focusCommentId: string | null;
  onChanged: () => void;
  onDeleted: () => void;
  onShortcuts: () => void;
  onManageSnippets: () => void;
}

// Where a row's reply editor goes: a comment's own, or a follow-up under one of the author's replies.
const targetOf = (threadId: string, row: ThreadRow): EditTarget =>
  row.kind === 'comment'
    ? { threadId, commentId: row.comment.id, parentReplyId: null }
    : {
        threadId,
        commentId: row.comment.id,
        parentReplyId: row.reply.status === 'done' ? row.reply.id : row.reply.parentReplyId,
      };

// One comment thread: its comments as a tree with the author's replies, and what the author can do with them.
export function ThreadView({
  threadId,
  version,
  posts,
  focusCommentId,
  onChanged,
  onDeleted,
  onShortcuts,
  onManageSnippets,
}: ThreadViewProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const announce = useAnnounce();
  const { thread, error: loadError, loadedFor } = useThread(threadId, version);
  const actions = useThreadActions(threadId, onChanged);
  const marks = useMarks();
  const replyActions = useReplyActions();
  const editing = useReplyEditing();
  const [needsReplyOnly, setNeedsReplyOnly] = useState(false);
  const [cursor, setCursor] = useState<Cursor>({ key: focusCommentId, index: 0 });
  const editingCommentId = editing.editing?.commentId ?? null;
  const rows = useMemo(
    () => (thread ? threadRows(thread.comments, thread.replies, { needsReplyOnly, editingCommentId }) : []),
    [thread, needsReplyOnly, editingCommentId],
  );
  const indexByKey = useMemo(() => new Map(rows.map((row, index) => [row.key, index])), [rows]);
  const editingIndex = useMemo(() => {
    const target = editing.editing;
    return target ? rows.findIndex((row) => sameTarget(target, targetOf(threadId, row))) : -1;
  }, [rows, editing.editing, threadId]);
  const list = useVirtualCursor({
    count: rows.length,
    keyAt: (index) => rows[index]?.key,
    indexOf: (key) => indexByKey.get(key) ?? -1,
    estimateSize: 140,
    pinned: editingIndex >= 0 ? editingIndex : null,
    cursor,
    onCursor: setCursor,
    shownVersion: loadedFor,
    requestedVersion: version,
  });

  // Opened from the queue: once the thread is drawn, its comment is scrolled to the middle and focused.
  const shown = useRef(false);
  const { virtualizer, focusNow } = list;
  useEffect(() => {
    if (shown.current || !focusCommentId || rows.length === 0) return;
    shown.current = true;
    const index = indexByKey.get(focusCommentId);
    if (index === undefined) return;
    virtualizer.scrollToIndex(index, { align: 'center' });
    focusNow();
  }, [rows, indexByKey, focusCommentId, virtualizer, focusNow]);

  const postTitle = posts.find((post) => post.id === thread?.postId)?.title ?? thread?.title ?? '';
  const draftIdOf = (commentId: string) => (thread ? (draftOf(thread.replies, commentId)?.id ?? null) : null);
  const currentRow = rows[list.current];

  const openEditor = (row: ThreadRow) => editing.open(targetOf(threadId, row));
  const finish = async (commentId: string) => {
    const outcome = await editing.finish(threadId, commentId, draftIdOf(commentId));
    if (outcome.ok) list.focusAfterChange();
  };
  const markRow = (row: ThreadRow, choice: MarkChoice) => {
    if (row.kind !== 'comment') return;
    void marks
      .mark(markFor(choice, { threadId, commentId: row.comment.id }, row.comment))
      .then((done) => done && list.focusAfterChange());
  };
  const undo = () => {
    void marks.undo().then((target) => {
      if (!target || target.threadId !== threadId) return;
      setCursor((previous) => ({ key: target.commentId, index: previous.index }));
      list.focusAfterChange();
    });
  };
  // Focus anywhere in a row (a click, Tab) makes it the current one.
  const onRowFocus = (target: EventTarget) => {
    const index = slotIndex(target);
    const row = index === null ? undefined : rows[index];
    if (row && index !== null)
      setCursor((previous) =>
        previous.key === row.key && previous.index === index ? previous : { key: row.key, index },
      );
  };
  const closeEditor = () => {
    const index = editingIndex;
    const target = editing.editing;
    editing.close();
    if (index >= 0) list.select(index, true);
    // The draft shows as a row under its comment once the thread has it.
    if (target) void flushReply(target.threadId, target.commentId).then(onChanged);
  };
  useListShortcuts({
    next: () => list.move(1),
    previous: () => list.move(-1),
    reply: () => currentRow && openEditor(currentRow),
    done: () => {
      if (!currentRow) return;
      if (editing.editing?.commentId === currentRow.comment.id || draftIdOf(currentRow.comment.id))
        void finish(currentRow.comment.id);
      else announce(t('reply.noDraft'));
    },
    noReply: () => {
      if (currentRow?.kind === 'comment' && currentRow.comment.needsReply)
        markRow(currentRow, { kind: 'noReply', value: true });
    },
    undo,
    help: onShortcuts,
  });

  if (!thread) {
    return loadError ? (
      <p role="alert" className="form-error">
        {loadError}
      </p>
    ) : (
      <p className="placeholder-text">{t('common.loading')}</p>
    );
  }
  const busy = actions.busy || marks.busy;

  const editorFor = (row: ThreadRow) => {
    const target = targetOf(threadId, row);
    if (!sameTarget(editing.editing, target)) return null;
    return (
      <ReplyEditor
        key={`${target.commentId}-${target.parentReplyId ?? ''}`}
        threadId={threadId}
        commentId={target.commentId}
        parentReplyId={target.parentReplyId}
        commentText={row.comment.text}
        values={{ name: row.comment.author.name, post: postTitle }}
        finishing={editing.finishing}
        error={editing.error}
        onFinish={() => void finish(target.commentId)}
        onDiscard={() => void editing.discard(target, draftIdOf(target.commentId))}
        onClose={closeEditor}
        onManageSnippets={onManageSnippets}
      />
    );
  };
  const renderRow = (index: number) => {
    const row = rows[index];
    if (!row) return null;
    const current = index === list.current;
    if (row.kind === 'reply') {
      const reply = row.reply;
      return (
        <ReplyRow
          reply={reply}
          depth={row.depth}
          current={current}
          claimFocus={list.claimFocus}
          busy={busy}
          onFollowUp={() => openEditor(row)}
          onEdit={() => {
            // The reply is edited where it stands: under the comment, or under the reply it follows up.
            const own = { threadId, commentId: reply.commentId, parentReplyId: reply.parentReplyId };
            if (reply.status === 'draft') editing.open(own);
            else void replyActions.reopen(reply).then((outcome) => outcome.ok && editing.open(own));
          }}
          onDelete={() => void replyActions.remove(reply)}
        >
          {editorFor(row)}
        </ReplyRow>
      );
    }
    return (
      <CommentRow
        comment={row.comment}
        depth={row.depth}
        parent={row.parent}
        current={current}
        claimFocus={list.claimFocus}
        busy={busy}
        onReply={() => openEditor(row)}
        onMark={(choice) => markRow(row, choice)}
        onGoToParent={() => row.parent && list.select(indexByKey.get(row.parent.id) ?? -1, true)}
      >
        {editorFor(row)}
      </CommentRow>
    );
  };

  return (
    <section className="thread-view" aria-labelledby={titleId} onFocus={(event) => onRowFocus(event.target)}>
      <ThreadHeader
        titleId={titleId}
        thread={thread}
        posts={posts}
        actions={actions}
        needsReplyOnly={needsReplyOnly}
        error={loadError}
        onNeedsReplyOnly={setNeedsReplyOnly}
        onUndo={undo}
        onShortcuts={onShortcuts}
        onDeleted={onDeleted}
      />
      <CommentList
        count={rows.length}
        cursor={list}
        label={t('thread.commentsLabel')}
        emptyText={needsReplyOnly && thread.comments.length > 0 ? t('thread.allAnswered') : t('thread.noComments')}
        renderRow={renderRow}
      />
    </section>
  );
}
