import type { Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { storageError } from './storageError';
import { storeFs } from './storeFs';
import { TimeSlices } from '../search/timeSlices';
import { tempFileFor } from './tempFiles';

export interface FileContent {
  path: string;
  // Made only when its batch is about to be written, when given as a function: a thousand bodies are never held as
  // text at once.
  // Bytes (a picture) are written as they are.
  content: string | Uint8Array | (() => string);
}

// Writes a file so that a crash leaves either the old or the new content, never a torn one:
// temp file, fdatasync, rename over the target, fsync the folder so the rename itself survives power loss.
// A write that fails removes its temp file and leaves the target as it was.
export async function writeFileDurably(path: string, content: string | Uint8Array): Promise<void> {
  await writeFilesDurably([{ path, content }]);
}

export interface DurableWriteOptions {
  // What must hold before any target is replaced (no other program changed it): it is checked while the temp files
  // are written and synced, and if it fails nothing is renamed and no temp file is left.
  beforeRename?: (() => Promise<void>) | undefined;
}

// The same for many files at once: every temp file is written, then all are synced together, renamed, and each
// folder is fsynced once, so a hundred new files cost about one wait for the disk instead of a hundred.
// If any step fails, no temp file is left; files renamed before the failure keep their new content.
// Answers each written file's size and time of change (a rename keeps both), taken while it was being synced.
export async function writeFilesDurably(
  files: FileContent[],
  options: DurableWriteOptions = {},
): Promise<Map<string, Stats>> {
  const temps: TempFile[] = files.map((file) => ({ ...file, temp: '', text: null, created: false, stats: null }));
  // A thousand files are made ready, and renamed, in slices: the event loop keeps answering meanwhile.
  const slices = new TimeSlices();
  const failed: { path: string; set?: boolean } = { path: files[0]?.path ?? '' };
  const ready = settled(options.beforeRename?.());
  // Each folder is opened while its files are synced, so its fsync follows the renames without another wait.
  let folders: Promise<FileHandle | null>[] = [];
  const openFolders = () => {
    if (folders.length === 0) folders = [...new Set(files.map((file) => dirname(file.path)))].map(openFolder);
  };
  try {
    // In batches, so a big import never holds more open files than the system allows.
    for (let start = 0; start < temps.length; start += OPEN_AT_ONCE) {
      const batch = temps.slice(start, start + OPEN_AT_ONCE);
      await prepare(batch, failed, slices);
      await writeAndSyncAll(batch, failed, openFolders);
    }
    const refused = await ready;
    if (refused) throw refused.reason;
    for (let start = 0; start < temps.length; start += OPEN_AT_ONCE) {
      if (slices.due()) await slices.pause();
      await settleAll(temps.slice(start, start + OPEN_AT_ONCE).map((file) => renameInPlace(file, failed)));
    }
  } catch (error) {
    await Promise.all([
      ...temps.filter((f) => f.created).map((f) => storeFs.unlink(f.temp).catch(() => undefined)),
      ...folders.map((folder) => folder.then(closeFolder)),
    ]);
    throw storageError(error, `${failed.path} could not be saved`);
  }
  for (const folder of folders) await syncFolder(await folder);
  const written = new Map<string, Stats>();
  for (const file of temps) if (file.stats) written.set(file.path, file.stats);
  return written;
}

// A check's failure as a value, so it waits for the temp files without being an unhandled rejection meanwhile.
const settled = (check: Promise<void> | undefined): Promise<{ reason: unknown } | null> =>
  check
    ? check.then(
        () => null,
        (reason: unknown) => ({ reason }),
      )
    : Promise.resolve(null);

const OPEN_AT_ONCE = 128;

interface TempFile extends FileContent {
  temp: string;
  // Its content, from the time it is made ready until it is written.
  text: string | Uint8Array | null;
  created: boolean;
  handle?: FileHandle;
  stats: Stats | null;
}

async function writeAndSyncAll(
  batch: TempFile[],
  failed: { path: string; set?: boolean },
  whileSyncing: () => void,
): Promise<void> {
  const handles: FileHandle[] = [];
  try {
    // Opened and written side by side (the disk's queue, not each call's round trip, sets the pace), then synced together.
    await settleAll(batch.map((file) => failingAs(file.path, failed, openAndWrite(file, handles))));
    whileSyncing();
    await settleAll(
      batch.map(async (file) => {
        const handle = file.handle;
        if (!handle) return;
        // Its fingerprint is read while the disk syncs, not after, so a save waits for one step less. Only its data and
        // size need to reach the disk: a temp file's times are never read back.
        const stats = storeFs.statOpen(handle).catch(() => null);
        await failingAs(file.path, failed, storeFs.datasync(handle));
        file.stats = await stats;
      }),
    );
  } finally {
    await Promise.all(handles.map((handle) => storeFs.close(handle).catch(() => undefined)));
  }
}

// Names each temp file and makes each text, one after another between pauses, before any of the batch opens: the
// files' opens then answer in one turn of the event loop, which must not also make a hundred texts.
async function prepare(batch: TempFile[], failed: { path: string; set?: boolean }, slices: TimeSlices): Promise<void> {
  for (const file of batch) {
    if (slices.due()) await slices.pause();
    file.temp = tempFileFor(file.path);
    try {
      file.text = typeof file.content === 'function' ? file.content() : file.content;
    } catch (error) {
      await failingAs(file.path, failed, Promise.reject(error));
    }
  }
}

async function openAndWrite(file: TempFile, handles: FileHandle[]): Promise<void> {
  const handle = await storeFs.open(file.temp, 'wx', 0o600);
  handles.push(handle);
  file.handle = handle;
  file.created = true;
  const content = file.text ?? '';
  file.text = null;
  await (typeof content === 'string' ? storeFs.write(handle, content) : storeFs.writeBytes(handle, content));
}

function renameInPlace(file: TempFile, failed: { path: string; set?: boolean }): Promise<void> {
  return failingAs(
    file.path,
    failed,
    storeFs.rename(file.temp, file.path).then(() => {
      file.created = false;
    }),
  );
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

// Some systems refuse to open or fsync a folder (Windows, some network disks); the rename is still atomic there.
const openFolder = (folder: string): Promise<FileHandle | null> => storeFs.open(folder, 'r').catch(() => null);

const closeFolder = async (handle: FileHandle | null): Promise<void> => {
  if (handle) await storeFs.close(handle).catch(() => undefined);
};

// A rename is durable only once its folder is: fsync(2) on the file does not make its directory entry durable.
// The handle is let go without waiting: nothing depends on its closing.
async function syncFolder(handle: FileHandle | null): Promise<void> {
  if (!handle) return;
  try {
    await storeFs.sync(handle);
  } catch {
    // As above: a folder that cannot be fsynced is left to the system.
  } finally {
    void closeFolder(handle);
  }
}
