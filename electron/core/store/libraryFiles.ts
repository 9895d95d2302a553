import { basename, dirname, relative } from 'node:path';
import { threadFilePath, threadsFolderOf } from './threadFiles';

// Every file a library consists of: the root data file first, then each file it refers to, as paths relative to the
// data file's folder. Backups, restores and checks at start all go by this one list, never by listing folders.
export function libraryFiles(dataFile: string, root: { threads: readonly { id: string; rev: number }[] }): string[] {
  const folder = dirname(dataFile);
  const threads = threadsFolderOf(dataFile);
  return [basename(dataFile), ...root.threads.map((t) => relative(folder, threadFilePath(threads, t.id, t.rev)))];
}
