import { postFilePath, postsFolderOf } from './postFiles';
import { threadFilePath, threadsFolderOf } from './threadFiles';

// What a root names of its body files: its posts, and its threads at their revisions.
export interface NamedBodies {
  posts: readonly { id: string }[];
  threads: readonly { id: string; rev: number }[];
}

// Every body file a root refers to, posts first, then comment threads: with the root, the whole library.
export function bodyFilesOf(dataFile: string, root: NamedBodies): string[] {
  const posts = postsFolderOf(dataFile);
  const threads = threadsFolderOf(dataFile);
  return [
    ...root.posts.map((post) => postFilePath(posts, post.id)),
    ...root.threads.map((thread) => threadFilePath(threads, thread.id, thread.rev)),
  ];
}
