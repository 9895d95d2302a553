import { readFile, stat } from 'node:fs/promises';
import { plainSystemError } from './plainErrors';

// A file the author named on the command line; refused with a plain sentence when it cannot be read.
export async function readNamedFile(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw plainSystemError(error, { file: path, doing: 'read' });
  }
}

// A file's size from the file system, so a file too big to use is refused before it is read.
export async function namedFileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    throw plainSystemError(error, { file: path, doing: 'read' });
  }
}
