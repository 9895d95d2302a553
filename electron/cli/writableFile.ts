import { writeFile } from 'node:fs/promises';
import { KanalError } from '../core/errors';
import { writeFileDurably } from '../core/store/durableWrite';
import { plainSystemError } from './plainErrors';

// A file the author named with --out, written whole or not at all; a failure names that file, never a temporary one.
export async function writeNamedFile(path: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeFileDurably(path, content).catch(async (error: NodeJS.ErrnoException) => {
      // A target folder we cannot fsync (some mounts) still gets a plain write.
      if (error.code !== 'EINVAL') throw error;
      await writeFile(path, content);
    });
  } catch (error) {
    // The store's own sentence for a full or read-only disk already names the file.
    if (error instanceof KanalError) throw error;
    throw plainSystemError(error, { file: path, doing: 'write' });
  }
}
