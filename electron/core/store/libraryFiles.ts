import { basename, dirname, relative } from 'node:path';
import { bodyFilesOf, type NamedBodies } from './bodyFiles';
import { revisionFilePath, revisionsFolderOf } from './revisionFiles';

// Every file a library consists of: the root data file first, then each file it refers to (post bodies, comment
// threads), as paths relative to the data file's folder. Backups, restores and checks at start all go by this one
// list, never by listing folders. A root from before post bodies had files holds them itself: it names only threads.
export function libraryFiles(dataFile: string, root: NamedBodies, bodiesInRoot = false): string[] {
  const folder = dirname(dataFile);
  const named = bodiesInRoot ? { posts: [], threads: root.threads } : root;
  return [basename(dataFile), ...bodyFilesOf(dataFile, named).map((path) => relative(folder, path))];
}

// What a backup keeps: the library's files, and each post's revisions where it has any. A post never revised has no
// revision file, so these are kept when there and never required.
export function libraryFilesWithRevisions(dataFile: string, root: NamedBodies): string[] {
  const folder = dirname(dataFile);
  const revisions = revisionsFolderOf(dataFile);
  return [
    ...libraryFiles(dataFile, root),
    ...root.posts.map((post) => relative(folder, revisionFilePath(revisions, post.id))),
  ];
}
