import { describe, expect, it } from 'vitest';
import { mergeComments } from '../../../electron/core/import';
import type { Comment, Reply } from '../../../electron/core/shared/schema';
import { needsReplyCount, needsReplyIds } from '../../../electron/core/threads/needsReply';
import { storedComment } from '../../helpers/storedThread';
import { importFixture, threadTitled } from './importFixture';

const comment = (id: string, over: Partial<Comment> = {}): Comment =>
  storedComment({ id, externalId: id, author: { name: id }, fingerprint: id, ...over });

const reply = (commentId: string, status: Reply['status']): Reply => ({
  id: `r-${commentId}`,
  commentId,
  parentReplyId: null,
  doc: { type: 'doc' },
  status,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  finishedAt: null,
  deletedAt: null,
});

describe('needsReply', () => {
  it('waits on readers’ comments the author has not answered in the thread or in Kanal', () => {
    const comments = [
      comment('reader'),
      comment('answered'),
      comment('ownReply', { parentId: 'answered', byAuthorSource: true }),
      comment('pending', { status: 'pending' }),
      comment('pingback', { kind: 'pingback' }),
      comment('trackback', { kind: 'trackback' }),
      comment('doneInKanal'),
      comment('draftInKanal'),
      comment('markedOwn', { byAuthorOverride: true }),
      comment('notOwnAfterAll', { byAuthorSource: true, byAuthorOverride: false }),
      comment('readerReplied'),
      comment('otherReader', { parentId: 'readerReplied' }),
      comment('answeredByOverride'),
      comment('correctedOwn', { parentId: 'answeredByOverride', byAuthorOverride: true }),
      comment('grandchildOnly'),
      comment('child', { parentId: 'grandchildOnly' }),
      comment('ownGrandchild', { parentId: 'child', byAuthorSource: true }),
    ];
    const replies = [reply('doneInKanal', 'done'), reply('draftInKanal', 'draft')];
    const waiting = needsReplyIds({ comments, replies });
    expect([...waiting].sort()).toEqual(
      ['draftInKanal', 'grandchildOnly', 'notOwnAfterAll', 'otherReader', 'pending', 'reader', 'readerReplied'].sort(),
    );
    expect(needsReplyCount({ comments, replies })).toBe(7);
  });

  it('on a long thread: the author’s four replies settle the comments they answer, and need none themselves', async () => {
    const thread = threadTitled(await importFixture('wxr-threads.xml'), 'Threads, ten levels deep');
    let n = 0;
    const { comments } = mergeComments([], thread.comments, () => `id${++n}`);
    const waiting = needsReplyIds({ comments, replies: [] });
    const external = (id: string) => comments.find((c) => c.id === id)?.externalId;
    expect([...waiting].map(external).sort()).toEqual([
      '501',
      '502',
      '503',
      '505',
      '506',
      '508',
      '512',
      '515',
      '516',
      '519',
    ]);
  });
});
