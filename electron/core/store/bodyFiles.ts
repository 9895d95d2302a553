import type { RootData } from '../shared/schema';
import { postFilePath, postsFolderOf } from './postFiles';
import { threadFilePath, threadsFolderOf } from './threadFiles';

// Every body file a root refers to, posts first, then comment threads: with the root, the whole library.
export function bodyFilesOf(dataFile: string, root: Pick<RootData, 'posts' | 'threads'>): string[] {
  const posts = postsFolderOf(dataFile);
  const threads = threadsFolderOf(dataFile);
  return [
    ...root.posts.map((post) => postFilePath(posts, post.id)),
    ...root.threads.map((thread) => threadFilePath(threads, thread.id, thread.rev)),
  ];
}
