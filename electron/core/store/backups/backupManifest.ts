import * as z from 'zod';
import { isoDate } from '../../shared/schema';
import { backupReasons } from './backupRules';

// What a snapshot holds: written last into the snapshot's folder, so a snapshot without one is not one.
export const backupManifestSchema = z.object({
  createdAt: isoDate,
  reason: z.enum(backupReasons),
  posts: z.number().int().nonnegative(),
  comments: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  // Each file relative to the data file's folder, the root first; mtimeMs is the library file's when it was copied.
  files: z.array(
    z.object({
      path: z.string().min(1),
      bytes: z.number().int().nonnegative(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      mtimeMs: z.number(),
    }),
  ),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;
export type BackupFile = BackupManifest['files'][number];

export const MANIFEST_NAME = 'backup.json';
