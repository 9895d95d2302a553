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
  const temps: TempFile[] = files.map((file) => ({
    ...file,
    temp: tempFileFor(file.path),
    created: false,
    stats: null,
  }));
  const failed: { path: string; set?: boolean } = { path: files[0]?.path ?? '' };
  try {
    // In batches, so a big import never holds more open files than the system allows.
    for (let start = 0; start < temps.length; start += OPEN_AT_ONCE) {
      await writeAndSyncAll(temps.slice(start, start + OPEN_AT_ONCE), failed);
    }
    await settleAll(
      temps.map((file) =>
        failingAs(
          file.path,
          failed,
          storeFs.rename(file.temp, file.path).then(() => {
            file.created = false;
          }),
        ),
      ),
    );
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

interface TempFile extends FileContent {
  temp: string;
  created: boolean;
  handle?: FileHandle;
  stats: Stats | null;
}

async function writeAndSyncAll(batch: TempFile[], failed: { path: string; set?: boolean }): Promise<void> {
  const handles: FileHandle[] = [];
  try {
    // Opened and written side by side (the disk's queue, not each call's round trip, sets the pace), then synced together.
    await settleAll(batch.map((file) => failingAs(file.path, failed, openAndWrite(file, handles))));
    await settleAll(
      batch.map(async (file) => {
        const handle = file.handle;
        if (!handle) return;
        // Its fingerprint is read while the disk syncs, not after, so a save waits for one step less.
        const stats = storeFs.statOpen(handle).catch(() => null);
        await failingAs(file.path, failed, storeFs.sync(handle));
        file.stats = await stats;
      }),
    );
  } finally {
    await Promise.all(handles.map((handle) => storeFs.close(handle).catch(() => undefined)));
  }
}

async function openAndWrite(file: TempFile, handles: FileHandle[]): Promise<void> {
  const handle = await storeFs.open(file.temp, 'wx', 0o600);
  handles.push(handle);
  file.handle = handle;
  file.created = true;
  const content = typeof file.content === 'function' ? file.content() : file.content;
  await (typeof content === 'string' ? storeFs.write(handle, content) : storeFs.writeBytes(handle, content));
}

// Names the file whose step failed first, for the error the caller raises.
function failingAs<T>(path: string, failed: { path: string; set?: boolean }, step: Promise<T>): Promise<T> {
  return step.catch((error: unknown) => {
    if (!failed.set) {
      failed.path = path;
      failed.set = true;
    }
    throw error;
  });
}

// Waits for every step, so nothing is still opening or renaming when a failure is cleaned up; then throws the first.
async function settleAll(steps: Promise<unknown>[]): Promise<void> {
  const results = await Promise.allSettled(steps);
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
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
