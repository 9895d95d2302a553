import { KanalError } from '../errors';
import { SCHEMA_VERSION } from '../shared/schema';

// migrations[n] turns a version-n file into version n+1. Add one here with every schema change.
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;
export const migrations: Record<number, Migration> = {};

export function migrate(
  data: Record<string, unknown>,
  table: Record<number, Migration> = migrations,
  target: number = SCHEMA_VERSION,
): { data: Record<string, unknown>; migrated: boolean } {
  let version = typeof data.schemaVersion === 'number' ? data.schemaVersion : NaN;
  if (!Number.isInteger(version) || version < 1) throw new KanalError('corrupt', 'it has no valid schemaVersion');
  if (version > target) {
    throw new KanalError('too-new', `it was written by a newer Kanal (schema ${version}; this one reads up to ${target})`);
  }
  let current = data;
  while (version < target) {
    const step = table[version];
    if (!step) throw new KanalError('corrupt', `no migration from schema ${version}`);
    current = { ...step(current), schemaVersion: version + 1 };
    version += 1;
  }
  return { data: current, migrated: current !== data };
}
