import type { FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { storageError } from './storageError';
import { storeFs } from './storeFs';
import { tempFileFor } from './tempFiles';

// Writes a file so that a crash leaves either the old or the new content, never a torn one:
// temp file, fsync, rename over the target, fsync the folder so the rename itself survives power loss.
// A write that fails removes its temp file and leaves the target as it was.
export async function writeFileDurably(path: string, content: string): Promise<void> {
  const temp = tempFileFor(path);
  try {
    const file = await storeFs.open(temp, 'wx', 0o600);
    await writeAndSync(file, content);
    await storeFs.rename(temp, path);
  } catch (error) {
    await storeFs.unlink(temp).catch(() => undefined);
    throw storageError(error, `${path} could not be saved`);
  }
  await syncFolder(dirname(path));
}

async function writeAndSync(file: FileHandle, content: string): Promise<void> {
  try {
    await storeFs.write(file, content);
    await storeFs.sync(file);
  } catch (error) {
    await storeFs.close(file).catch(() => undefined);
    throw error;
  }
  await storeFs.close(file);
}

async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | null = null;
  try {
    handle = await storeFs.open(folder, 'r');
    await storeFs.sync(handle);
  } catch {
    // Some systems refuse to open or fsync a folder (Windows, some network disks); the rename is still atomic there.
  } finally {
    if (handle) await storeFs.close(handle).catch(() => undefined);
  }
}
