import { basename, dirname, extname, join } from 'node:path';
import { storageError } from './storageError';
import { storeFs } from './storeFs';
import { postsFolderOf } from './postFiles';
import { revisionsFolderOf } from './revisionFiles';
import { threadsFolderOf } from './threadFiles';

export interface SetAside {
  file: string;
  threads: string | null;
  posts: string | null;
}

// The folders of body files that go with a root, and the ending of each one's name.
const BODY_FOLDERS = [
  { of: threadsFolderOf, ending: '.threads' },
  { of: postsFolderOf, ending: '.posts' },
  { of: revisionsFolderOf, ending: '.revisions' },
];

const UNREADABLE = '.unreadable-';

const asideFileOf = (dataFile: string, stamp: string): string => {
  const ext = extname(dataFile);
  return join(dirname(dataFile), `${basename(dataFile, ext)}${UNREADABLE}${stamp}${ext || '.json'}`);
};

// Set-aside root files of this library, whatever their time stamp.
export async function setAsideFiles(dataFile: string): Promise<string[]> {
  const ext = extname(dataFile) || '.json';
  const prefix = `${basename(dataFile, extname(dataFile))}${UNREADABLE}`;
  const names = await storeFs.list(dirname(dataFile)).catch(() => [] as string[]);
  return names.filter((n) => n.startsWith(prefix) && n.endsWith(ext)).map((n) => join(dirname(dataFile), n));
}

// A set-aside whose body folders were moved, or some of them, but whose root was not (a crash between the renames).
async function unfinishedStamp(dataFile: string): Promise<string | null> {
  const folder = dirname(dataFile);
  const prefix = `${basename(dataFile, extname(dataFile))}${UNREADABLE}`;
  const names = await storeFs.list(folder).catch(() => [] as string[]);
  for (const name of names) {
    const ending = BODY_FOLDERS.find((body) => name.endsWith(body.ending))?.ending;
    if (!name.startsWith(prefix) || !ending) continue;
    const stamp = name.slice(prefix.length, -ending.length);
    if (!names.includes(basename(asideFileOf(dataFile, stamp)))) return stamp;
  }
  return null;
}

const moveIfThere = (from: string, to: string): Promise<boolean> =>
  storeFs.rename(from, to).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );

// A set-aside library takes its body folders with it (kanal.unreadable-<time>.threads, .posts and .revisions), so no
// clean-up can reach what it names.
export async function setAside(dataFile: string, now: Date): Promise<SetAside> {
  const stamp = (await unfinishedStamp(dataFile)) ?? now.toISOString().replace(/[:.]/g, '-');
  const file = asideFileOf(dataFile, stamp);
  try {
    // Body folders first: a crash between the renames leaves the damaged root in place, and the next start finishes the move.
    const moved: (string | null)[] = [];
    for (const body of BODY_FOLDERS) {
      const target = body.of(file);
      const there = (await moveIfThere(body.of(dataFile), target)) || (await storeFs.exists(target));
      moved.push(there ? target : null);
    }
    await storeFs.rename(dataFile, file);
    return { file, threads: moved[0] ?? null, posts: moved[1] ?? null };
  } catch (error) {
    throw storageError(error, `${dataFile} could not be set aside`);
  }
}
