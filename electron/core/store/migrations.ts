import { KanalError } from '../errors';
import { SCHEMA_VERSION } from '../shared/schema';

// migrations[n] turns a version-n file into version n+1. Add one here with every schema change.
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Steps each object of a list; anything else is left as it is, for the schema check to refuse.
const mapList = (value: unknown, step: (item: Record<string, unknown>) => Record<string, unknown>): unknown =>
  Array.isArray(value) ? value.map((item: unknown) => (isRecord(item) ? step(item) : item)) : value;

// The root data file.
export const migrations: Record<number, Migration> = {
  // 2: saved replies.
  1: (data) => ({ ...data, snippets: [] }),
};

// A thread's body file, which carries its own schemaVersion; bodies are migrated as they are read.
export const bodyMigrations: Record<number, Migration> = {
  // 2: "no reply needed" marks; replies get a status, follow-ups, and the dates they were finished and deleted.
  1: (body) => ({
    ...body,
    comments: mapList(body.comments, (comment) => ({ ...comment, noReplyNeeded: false })),
    replies: mapList(body.replies, ({ state, ...reply }) => ({
      ...reply,
      status: state,
      parentReplyId: null,
      finishedAt: state === 'done' ? reply.updatedAt : null,
      deletedAt: null,
    })),
  }),
};

export function migrate(
  data: Record<string, unknown>,
  table: Record<number, Migration> = migrations,
  target: number = SCHEMA_VERSION,
): { data: Record<string, unknown>; migrated: boolean } {
  let version = typeof data.schemaVersion === 'number' ? data.schemaVersion : NaN;
  if (!Number.isInteger(version) || version < 1) throw new KanalError('corrupt', 'it has no valid schemaVersion');
  if (version > target) {
    throw new KanalError(
      'too-new',
      `it was written by a newer Kanal (schema ${version}; this one reads up to ${target})`,
    );
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
