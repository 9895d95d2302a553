import { dirname, join } from 'node:path';
import type { BackupSummary } from '../../api';
import { hashText } from '../knownFiles';
import { backedUpFilesOf } from '../libraryFiles';
import { pathInside } from '../pathInside';
import { storageError } from '../storageError';
import { storeFs } from '../storeFs';
import { MANIFEST_NAME, type BackupFile, type BackupManifest } from './backupManifest';
import { backupFolderOf, backupsFolderOf, newBackupId, unfinishedFolderOf } from './backupFolders';
import type { backupReasons } from './backupRules';
import { listBackups, summaryOf } from './listBackups';
import { looseRoot } from './looseRoot';
import { pruneBackups } from './pruneBackups';

export interface SnapshotRequest {
  dataFile: string;
  reason: (typeof backupReasons)[number];
  now: Date;
  // The root to keep instead of the one on disk (the author's version when another program changed the file).
  rootText?: string;
}

// Copied as bytes: a picture is no text, and a text file's bytes are its text in UTF-8.
async function writeNew(path: string, content: string | Uint8Array): Promise<void> {
  await storeFs.makeFolder(dirname(path));
  const file = await storeFs.open(path, 'wx', 0o600);
  try {
    await (typeof content === 'string' ? storeFs.write(file, content) : storeFs.writeBytes(file, content));
  } finally {
    await storeFs.close(file);
  }
}

// A file unchanged since the previous snapshot is linked to that snapshot's copy (copied where links fail).
async function shareWith(previous: string, target: string): Promise<void> {
  await storeFs.makeFolder(dirname(target));
  await storeFs.link(previous, target).catch(() => storeFs.copy(previous, target));
}

// Snapshots the root and every file it names into backups/, complete or not at all: it is put together in a temp
// folder and renamed into place with its manifest inside. Files that a root names but that are missing are left out, as are revisions a post has none of.
// The pictures stored with the library go in too.
export async function takeSnapshot(request: SnapshotRequest): Promise<BackupSummary> {
  const { dataFile, now } = request;
  const id = newBackupId(now);
  const unfinished = unfinishedFolderOf(dataFile, id);
  const home = dirname(dataFile);
  try {
    await storeFs.makeFolder(backupsFolderOf(dataFile));
    const previous = (await listBackups(dataFile))[0] ?? null;
    const rootText = request.rootText ?? (await storeFs.readText(dataFile));
    let raw: unknown = null;
    try {
      raw = JSON.parse(rootText);
    } catch {
      // A damaged root is kept as it is, alone.
    }
    const root = looseRoot(raw);
    const earlier = new Map(previous?.manifest.files.map((f) => [f.path, f]));
    const [rootPath = '', ...named] = await backedUpFilesOf(dataFile, root);
    const files: BackupFile[] = [];
    const keep = async (path: string, content: string | Uint8Array, mtimeMs: number): Promise<void> => {
      const entry = { path, bytes: Buffer.byteLength(content), sha256: hashText(content), mtimeMs };
      const known = earlier.get(path);
      if (previous && known?.sha256 === entry.sha256)
        await shareWith(pathInside(previous.folder, path), pathInside(unfinished, path));
      else await writeNew(pathInside(unfinished, path), content);
      files.push(entry);
    };
    await keep(rootPath, rootText, request.rootText === undefined ? (await storeFs.stat(dataFile)).mtimeMs : 0);
    for (const path of named) {
      const source = pathInside(home, path);
      const stats = await storeFs.stat(source).catch(() => null);
      if (!stats) continue;
      const known = earlier.get(path);
      // Same size and time of change as when the previous snapshot copied it: shared without reading it again.
      if (previous && known && known.bytes === stats.size && known.mtimeMs === stats.mtimeMs) {
        await shareWith(pathInside(previous.folder, path), pathInside(unfinished, path));
        files.push(known);
      } else await keep(path, await storeFs.readBytes(source), stats.mtimeMs);
    }
    const manifest: BackupManifest = {
      createdAt: now.toISOString(),
      reason: request.reason,
      posts: root.postCount,
      comments: root.comments,
      bytes: files.reduce((sum, f) => sum + f.bytes, 0),
      files,
    };
    await writeNew(join(unfinished, MANIFEST_NAME), JSON.stringify(manifest));
    await storeFs.rename(unfinished, backupFolderOf(dataFile, id));
    await pruneBackups(dataFile, now);
    return summaryOf({ id, folder: backupFolderOf(dataFile, id), manifest });
  } catch (error) {
    await storeFs.removeFolder(unfinished).catch(() => undefined);
    throw storageError(error, `a backup of ${dataFile} could not be made`);
  }
}
