import { join } from 'node:path';
import type { BackupSummary } from '../../api';
import { storeFs } from '../storeFs';
import { backupManifestSchema, MANIFEST_NAME, type BackupManifest } from './backupManifest';
import { backupFolderOf, backupIdOf, backupsFolderOf } from './backupFolders';

export interface StoredBackup {
  id: string;
  folder: string;
  manifest: BackupManifest;
}

export const summaryOf = ({ id, manifest }: StoredBackup): BackupSummary => ({
  id,
  createdAt: manifest.createdAt,
  bytes: manifest.bytes,
  posts: manifest.posts,
  comments: manifest.comments,
});

export async function readBackup(dataFile: string, id: string): Promise<StoredBackup | null> {
  const folder = backupFolderOf(dataFile, id);
  try {
    const manifest = backupManifestSchema.parse(JSON.parse(await storeFs.readText(join(folder, MANIFEST_NAME))));
    return { id, folder, manifest };
  } catch {
    return null;
  }
}

// This library's snapshots, newest first; a folder without a readable manifest is not one.
export async function listBackups(dataFile: string): Promise<StoredBackup[]> {
  const names = await storeFs.list(backupsFolderOf(dataFile)).catch(() => [] as string[]);
  const backups: StoredBackup[] = [];
  for (const name of names) {
    const id = backupIdOf(dataFile, name);
    const backup = id ? await readBackup(dataFile, id) : null;
    if (backup) backups.push(backup);
  }
  return backups.sort((a, b) => b.manifest.createdAt.localeCompare(a.manifest.createdAt) || b.id.localeCompare(a.id));
}
