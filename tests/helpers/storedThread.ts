import { SCHEMA_VERSION, type Comment, type ThreadBody, type ThreadIndex } from '../../electron/core/shared/schema';

// The documents a library stores for one thread, with plain values a test overrides where it matters.
export const storedComment = (over: Partial<Comment> = {}): Comment => ({
  id: 'c1',
  externalId: '1',
  parentId: null,
  author: { name: 'Åsa' },
  date: null,
  status: 'approved',
  kind: 'comment',
  orphan: false,
  byAuthorSource: false,
  byAuthorOverride: null,
  html: '',
  text: '',
  fingerprint: 'f1',
  noReplyNeeded: false,
  ...over,
});

export const storedThreadBody = (threadId: string, comments: Comment[] = []): ThreadBody => ({
  schemaVersion: SCHEMA_VERSION,
  threadId,
  comments,
  replies: [],
});

export const storedThreadIndex = (id: string, rev: number, over: Partial<ThreadIndex> = {}): ThreadIndex => ({
  id,
  title: id,
  url: null,
  postId: null,
  sourceKey: id,
  format: 'text',
  sourceFiles: [],
  authorName: null,
  authorEmail: null,
  authorUsername: null,
  commentCount: 0,
  needsReplyCount: 0,
  rev,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});
