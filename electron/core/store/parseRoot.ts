import { KanalError } from '../errors';
import { rootSchema, type RootData } from '../shared/schema';
import { migrate } from './migrations';
import { isBeforeBodyFiles } from './postBodies';

// bodiesInRoot: the file is from before post bodies had files of their own, and holds each post's document itself,
// in `record` (the migrated file before the schema drops what the root no longer holds).
export type ParsedRoot =
  | { ok: true; data: RootData; migrated: boolean; bodiesInRoot: boolean; record: Record<string, unknown> }
  | { ok: false; reason: string };

// A root file's JSON as the current schema, or why it is not a Kanal library. A file from a newer Kanal is refused
// by throwing (it is not damaged: it must be left alone, not set aside).
export function parseRoot(raw: unknown): ParsedRoot {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, reason: 'it does not hold a Kanal library' };
  let migrated: { data: Record<string, unknown>; migrated: boolean };
  try {
    migrated = migrate(raw as Record<string, unknown>);
  } catch (error) {
    if (error instanceof KanalError && error.code === 'too-new') throw error;
    return { ok: false, reason: (error as Error).message };
  }
  const parsed = rootSchema.safeParse(migrated.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `it does not match Kanal's format (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})`,
    };
  }
  return {
    ok: true,
    data: parsed.data,
    migrated: migrated.migrated,
    record: migrated.data,
    bodiesInRoot: isBeforeBodyFiles(raw as Record<string, unknown>),
  };
}
