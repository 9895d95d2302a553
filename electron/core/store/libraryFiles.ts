import { basename, dirname, join, relative } from 'node:path';
import { imagesFolderOf } from '../images/imageFiles';
import { isImageName } from '../shared/images/imageRefs';
import { bodyFilesOf, type NamedBodies } from './bodyFiles';
import { revisionFilePath, revisionsFolderOf } from './revisionFiles';
import { storeFs } from './storeFs';

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

// The pictures stored with the library, as paths relative to the data file's folder. A picture is named by its content
// and never changes, and one a post no longer shows may still be in its revisions, so every stored picture is kept.
export async function pictureFilesOf(dataFile: string): Promise<string[]> {
  const folder = imagesFolderOf(dataFile);
  const names = await storeFs.list(folder).catch(() => []);
  return names.filter(isImageName).map((name) => relative(dirname(dataFile), join(folder, name)));
}

// Everything a backup snapshot holds: the library's files, the posts' revisions and the pictures, root first.
export async function backedUpFilesOf(dataFile: string, root: NamedBodies): Promise<string[]> {
  return [...libraryFilesWithRevisions(dataFile, root), ...(await pictureFilesOf(dataFile))];
}
