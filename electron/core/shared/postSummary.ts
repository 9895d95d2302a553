import type { PostSummary } from '../api';
import type { Channel, PostInfo } from './schema';

// What a list shows of a post; the word count is the one stored when the post was saved, never recounted here.
export const postSummary = (post: PostInfo, channels: Channel[]): PostSummary => ({
  id: post.id,
  title: post.title,
  status: post.status,
  channels: post.channels.map((id) => channels.find((c) => c.id === id)?.code ?? id),
  updatedAt: post.updatedAt,
  publishedAt: post.publishedAt,
  words: post.words,
  lang: post.lang,
});
