import type { ServiceOf } from '../handlerTypes';
import type { Library } from '../store/library';

// The library's snapshots: listed newest first, and put back on request (after a snapshot of the library as it is).
export function backupsService(library: Library) {
  return {
    list: () => library.listBackups(),
    restore: ({ id }) => library.restoreBackup(id),
  } satisfies ServiceOf<'backups'>;
}
