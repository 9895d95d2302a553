import { describe, expect, it } from 'vitest';
import type { CommentView, ReplyView } from '../../../electron/core/api';
import { threadRows } from '../../../renderer/features/threads/threadRows';

const comment = (id: string, parentId: string | null, needsReply = true): CommentView => ({
  id,
  externalId: id,
  parentId,
  author: { name: `Läsare ${id}`, url: null },
  date: null,
  status: 'approved',
  kind: 'comment',
  orphan: false,
  byAuthor: false,
  byAuthorOverride: null,
  needsReply,
  noReplyNeeded: false,
  html: `<p>${id}</p>`,
  text: id,
});

const reply = (
  id: string,
  commentId: string,
  parentReplyId: string | null,
  status: 'draft' | 'done',
  createdAt: string,
): ReplyView => ({
  id,
  threadId: 't',
  commentId,
  parentReplyId,
  status,
  doc: { type: 'doc', content: [{ type: 'paragraph' }] },
  html: '<p></p>',
  text: '',
  createdAt,
  updatedAt: createdAt,
  finishedAt: status === 'done' ? createdAt : null,
});

const shape = (rows: ReturnType<typeof threadRows>) =>
  rows.map((row) => `${row.kind === 'comment' ? row.comment.id : row.reply.id}@${row.depth}`);

describe('a thread as rows', () => {
  const comments = [comment('a', null, false), comment('b', 'a'), comment('c', null)];
  const replies = [
    reply('follow', 'a', 'r1', 'done', '2024-01-03T00:00:00Z'),
    reply('r1', 'a', null, 'done', '2024-01-01T00:00:00Z'),
    reply('r2', 'a', null, 'done', '2024-01-02T00:00:00Z'),
    reply('draft', 'c', null, 'draft', '2024-01-04T00:00:00Z'),
  ];

  it('puts the author’s replies right under their comment, follow-ups under the reply they follow, before the comment’s answers', () => {
    expect(shape(threadRows(comments, replies, { needsReplyOnly: false, editingCommentId: null }))).toEqual([
      'a@0',
      'r1@1',
      'follow@2',
      'r2@1',
      'b@1',
      'c@0',
      'draft@1',
    ]);
  });

  it('with "Needs reply only" keeps the waiting comments at their depth and their drafts, not finished replies', () => {
    expect(shape(threadRows(comments, replies, { needsReplyOnly: true, editingCommentId: null }))).toEqual([
      'b@1',
      'c@0',
      'draft@1',
    ]);
  });

  it('leaves out the draft that is open in an editor', () => {
    expect(shape(threadRows(comments, replies, { needsReplyOnly: false, editingCommentId: 'c' }))).not.toContain(
      'draft@1',
    );
  });

  it('shows a follow-up whose reply was deleted under the comment itself', () => {
    const orphaned = [reply('lone', 'c', 'gone', 'done', '2024-01-05T00:00:00Z')];
    expect(shape(threadRows(comments, orphaned, { needsReplyOnly: false, editingCommentId: null }))).toEqual([
      'a@0',
      'b@1',
      'c@0',
      'lone@1',
    ]);
  });
});
