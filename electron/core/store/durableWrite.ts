import type { Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { storageError } from './storageError';
import { storeFs } from './storeFs';
import { tempFileFor } from './tempFiles';

export interface FileContent {
  path: string;
  // Made just before its file is written, when given as a function: a thousand bodies are never stringified in one go.
  // Bytes (a picture) are written as they are.
  content: string | Uint8Array | (() => string);
}

// Writes a file so that a crash leaves either the old or the new content, never a torn one:
// temp file, fsync, rename over the target, fsync the folder so the rename itself survives power loss.
// A write that fails removes its temp file and leaves the target as it was.
export async function writeFileDurably(path: string, content: string | Uint8Array): Promise<void> {
  await writeFilesDurably([{ path, content }]);
}

// The same for many files at once: every temp file is written, then all are fsynced together, renamed, and each
// folder is fsynced once, so a hundred new files cost about one wait for the disk instead of a hundred.
// If any step fails, no temp file is left; files renamed before the failure keep their new content.
// Answers each written file's size and time of change (a rename keeps both), taken while it was being synced.
export async function writeFilesDurably(files: FileContent[]): Promise<Map<string, Stats>> {
  const temps = files.map((file) => ({
    ...file,
    temp: tempFileFor(file.path),
    created: false,
    stats: null as Stats | null,
  }));
  const failed = { path: files[0]?.path ?? '' };
  try {
    // In batches, so a big import never holds more open files than the system allows.
    for (let start = 0; start < temps.length; start += OPEN_AT_ONCE) {
      await writeAndSyncAll(temps.slice(start, start + OPEN_AT_ONCE), failed);
    }
    for (const file of temps) {
      failed.path = file.path;
      await storeFs.rename(file.temp, file.path);
      file.created = false;
    }
  } catch (error) {
    await Promise.all(temps.filter((f) => f.created).map((f) => storeFs.unlink(f.temp).catch(() => undefined)));
    throw storageError(error, `${failed.path} could not be saved`);
  }
  for (const folder of new Set(files.map((file) => dirname(file.path)))) await syncFolder(folder);
  const written = new Map<string, Stats>();
  for (const file of temps) if (file.stats) written.set(file.path, file.stats);
  return written;
}

const OPEN_AT_ONCE = 128;

async function writeAndSyncAll(
  batch: (FileContent & { temp: string; created: boolean; stats: Stats | null })[],
  failed: { path: string },
): Promise<void> {
  const handles: FileHandle[] = [];
  try {
    for (const file of batch) {
      failed.path = file.path;
      const handle = await storeFs.open(file.temp, 'wx', 0o600);
      handles.push(handle);
      file.created = true;
      const content = typeof file.content === 'function' ? file.content() : file.content;
      await (typeof content === 'string' ? storeFs.write(handle, content) : storeFs.writeBytes(handle, content));
    }
    await Promise.all(
      handles.map(async (handle, i) => {
        const file = batch[i];
        // Its fingerprint is read while the disk syncs, not after, so a save waits for one step less.
        const stats = storeFs.statOpen(handle).catch(() => null);
        await storeFs.sync(handle).catch((error: unknown) => {
          failed.path = file?.path ?? failed.path;
          throw error;
        });
        if (file) file.stats = await stats;
      }),
    );
  } finally {
    await Promise.all(handles.map((handle) => storeFs.close(handle).catch(() => undefined)));
  }
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
