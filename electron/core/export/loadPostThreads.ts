import type { Library } from '../store/library';
import type { Post } from '../shared/schema';
import type { LoadedThread } from './conversation';

// Every comment thread that belongs to the post, bodies read from their files.
export async function loadPostThreads(library: Library, post: Post): Promise<LoadedThread[]> {
  const indexes = library.data.threads.filter((thread) => thread.postId === post.id);
  return Promise.all(indexes.map(async (index) => ({ index, body: await library.readThreadBody(index) })));
}
