import type { Post } from '../schema';

// Only a published post has a publication date to show readers; a draft or a ready post has none yet.
export function exportedPublishDate(post: Pick<Post, 'status' | 'publishedAt' | 'updatedAt'>): string | null {
  return post.status === 'published' ? (post.publishedAt ?? post.updatedAt) : null;
}
