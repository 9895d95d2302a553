import type { ThreadSummary } from '../api';
import type { ThreadIndex } from '../shared/schema';

export const threadSummary = (t: ThreadIndex): ThreadSummary => ({
  id: t.id,
  title: t.title,
  url: t.url,
  postId: t.postId,
  comments: t.commentCount,
  needsReply: t.needsReplyCount,
  format: t.format,
  updatedAt: t.updatedAt,
});
