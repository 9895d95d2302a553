// How often and how long snapshots of a library are kept.
export const BACKUP_INTERVAL_MS = 10 * 60_000;
export const KEEP_LAST = 20;
export const KEEP_DAILY_FOR_DAYS = 30;

// Why a snapshot was taken.
export const backupReasons = [
  'opened',
  'interval',
  'migration',
  'before-restore',
  'before-loading-theirs',
  'before-keeping-mine',
] as const;
