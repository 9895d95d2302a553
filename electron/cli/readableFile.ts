import { readFile, stat } from 'node:fs/promises';
import { KanalError } from '../core/errors';

// What went wrong reading a file, in words rather than an errno code.
const REASONS: Record<string, string> = {
  ENOENT: 'there is no such file',
  EACCES: 'you are not allowed to read it',
  EPERM: 'you are not allowed to read it',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of its path is not a folder',
  EMFILE: 'too many files are open',
};

const reasonOf = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
};

// A file the author named on the command line; refused with a plain sentence when it cannot be read.
export async function readNamedFile(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new KanalError('unreadable', `Cannot read ${path}: ${reasonOf(error)}.`);
  }
}

// A file's size from the file system, so a file too big to use is refused before it is read.
export async function namedFileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    throw new KanalError('unreadable', `Cannot read ${path}: ${reasonOf(error)}.`);
  }
}
