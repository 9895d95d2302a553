import { readFile } from 'node:fs/promises';
import { plainSystemError } from './plainErrors';

// A file the author named on the command line; refused with a plain sentence when it cannot be read.
export async function readNamedFile(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw plainSystemError(error, { file: path, doing: 'read' });
  }
}
