import { join } from 'node:path';
import { storeFs } from '../storeFs';
import { isUnfinishedFolder, backupsFolderOf } from './backupFolders';
import { KEEP_DAILY_FOR_DAYS, KEEP_LAST } from './backupRules';
import { listBackups, type StoredBackup } from './listBackups';

const DAY_MS = 24 * 60 * 60_000;

// The last KEEP_LAST snapshots, and the newest of each day for KEEP_DAILY_FOR_DAYS days.
export function backupsToKeep(newestFirst: StoredBackup[], now: Date): Set<string> {
  const keep = new Set(newestFirst.slice(0, KEEP_LAST).map((b) => b.id));
  const days = new Set<string>();
  for (const backup of newestFirst) {
    const created = Date.parse(backup.manifest.createdAt);
    if (now.getTime() - created > KEEP_DAILY_FOR_DAYS * DAY_MS) continue;
    const day = backup.manifest.createdAt.slice(0, 10);
    if (days.has(day)) continue;
    days.add(day);
    keep.add(backup.id);
  }
  return keep;
}

// Removes snapshots past the rules and snapshots a crash left half-made. Only the library's writer calls this.
export async function pruneBackups(dataFile: string, now: Date): Promise<void> {
  const folder = backupsFolderOf(dataFile);
  const backups = await listBackups(dataFile);
  const keep = backupsToKeep(backups, now);
  for (const backup of backups) if (!keep.has(backup.id)) await storeFs.removeFolder(backup.folder);
  const names = await storeFs.list(folder).catch(() => [] as string[]);
  for (const name of names) if (isUnfinishedFolder(dataFile, name)) await storeFs.removeFolder(join(folder, name));
}
