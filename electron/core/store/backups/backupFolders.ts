import { randomBytes } from 'node:crypto';
import { basename, dirname, extname, join } from 'node:path';
import { KanalError } from '../../errors';
import { pathInside } from '../pathInside';

// Snapshots live in `backups/` beside the data file, one folder each: `<data file name>.<backup id>`, so libraries
// sharing a folder keep theirs apart. An id is the time it was taken and a few random digits.
const BACKUP_ID = /^\d{8}T\d{9}Z-[0-9a-f]{4}$/;

export const backupsFolderOf = (dataFile: string): string => join(dirname(dataFile), 'backups');

const stemOf = (dataFile: string): string => basename(dataFile, extname(dataFile));

export const newBackupId = (now: Date): string =>
  `${now.toISOString().replace(/[-:.]/g, '')}-${randomBytes(2).toString('hex')}`;

export function backupFolderOf(dataFile: string, id: string): string {
  if (!BACKUP_ID.test(id)) throw new KanalError('not-found', `No backup with id ${id}.`);
  return pathInside(backupsFolderOf(dataFile), `${stemOf(dataFile)}.${id}`);
}

// Where a snapshot is put together before it is renamed into place, complete.
export const unfinishedFolderOf = (dataFile: string, id: string): string =>
  pathInside(backupsFolderOf(dataFile), `.${stemOf(dataFile)}.${id}.tmp`);

// The backup id a folder name stands for, or null for any other name.
export function backupIdOf(dataFile: string, name: string): string | null {
  const prefix = `${stemOf(dataFile)}.`;
  if (!name.startsWith(prefix)) return null;
  const id = name.slice(prefix.length);
  return BACKUP_ID.test(id) ? id : null;
}

export const isUnfinishedFolder = (dataFile: string, name: string): boolean =>
  name.startsWith(`.${stemOf(dataFile)}.`) &&
  name.endsWith('.tmp') &&
  BACKUP_ID.test(name.slice(stemOf(dataFile).length + 2, -4));
