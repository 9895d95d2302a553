import type { PostSummary } from '../api';
import { docText } from './content/docText';
import { countWords } from './content/wordCount';
import type { Channel, Post } from './schema';

export const postSummary = (post: Post, channels: Channel[]): PostSummary => ({
  id: post.id,
  title: post.title,
  status: post.status,
  channels: post.channels.map((id) => channels.find((c) => c.id === id)?.code ?? id),
  updatedAt: post.updatedAt,
  publishedAt: post.publishedAt,
  words: countWords(docText(post.doc)),
  lang: post.lang,
});
