import { basename, dirname, extname, join } from 'node:path';
import { storageError } from './storageError';
import { storeFs } from './storeFs';
import { threadsFolderOf } from './threadFiles';

export interface SetAside {
  file: string;
  threads: string | null;
}

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

// A set-aside whose threads folder was moved but whose root was not (a crash between the two renames).
async function unfinishedStamp(dataFile: string): Promise<string | null> {
  if (await storeFs.exists(threadsFolderOf(dataFile))) return null;
  const folder = dirname(dataFile);
  const prefix = `${basename(dataFile, extname(dataFile))}${UNREADABLE}`;
  const names = await storeFs.list(folder).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.threads')) continue;
    const stamp = name.slice(prefix.length, -'.threads'.length);
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

// A set-aside library takes its threads folder with it (kanal.unreadable-<time>.threads), so no clean-up can reach what it names.
export async function setAside(dataFile: string, now: Date): Promise<SetAside> {
  const stamp = (await unfinishedStamp(dataFile)) ?? now.toISOString().replace(/[:.]/g, '-');
  const file = asideFileOf(dataFile, stamp);
  const threads = threadsFolderOf(file);
  try {
    // Threads first: a crash between the two renames leaves the damaged root in place, and the next start finishes the move.
    const moved = await moveIfThere(threadsFolderOf(dataFile), threads);
    await storeFs.rename(dataFile, file);
    return { file, threads: moved || (await storeFs.exists(threads)) ? threads : null };
  } catch (error) {
    throw storageError(error, `${dataFile} could not be set aside`);
  }
}
