import type { OperationInput } from '../../../electron/core/api';

// What the reply queue shows: its order, and at most one post, thread and channel to narrow it to.
export interface QueueFilters {
  order: 'newest' | 'oldest';
  postId: string | null;
  threadId: string | null;
  channelId: string | null;
}

export const ALL_WAITING: QueueFilters = { order: 'newest', postId: null, threadId: null, channelId: null };

export const isFiltered = (filters: QueueFilters): boolean =>
  filters.postId !== null || filters.threadId !== null || filters.channelId !== null;

export const queueInput = (filters: QueueFilters, offset: number, limit: number): OperationInput<'queue.list'> => ({
  order: filters.order,
  offset,
  limit,
  ...(filters.postId ? { postId: filters.postId } : {}),
  ...(filters.threadId ? { threadId: filters.threadId } : {}),
  ...(filters.channelId ? { channelId: filters.channelId } : {}),
});

// A queue entry's key: its comment, which is unique only within its thread.
export const itemKey = (item: { threadId: string; commentId: string }): string => `${item.threadId}/${item.commentId}`;
