import type { ReplyView } from '../../../electron/core/api';

// The one draft a comment may have: the reply being written to it.
export const draftOf = (replies: ReplyView[], commentId: string): ReplyView | null =>
  replies.find((reply) => reply.commentId === commentId && reply.status === 'draft') ?? null;
