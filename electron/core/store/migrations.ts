import { KanalError } from '../errors';
import { docWords } from '../shared/content/docWords';
import { SCHEMA_VERSION, type Doc } from '../shared/schema';

// migrations[n] turns a version-n file into version n+1. Add one here with every schema change.
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Steps each object of a list; anything else is left as it is, for the schema check to refuse.
const mapList = (value: unknown, step: (item: Record<string, unknown>) => Record<string, unknown>): unknown =>
  Array.isArray(value) ? value.map((item: unknown) => (isRecord(item) ? step(item) : item)) : value;

// A stored document's words; one edited by hand into something else counts none until it is saved again.
function storedWords(doc: unknown): number {
  try {
    return isRecord(doc) ? docWords(doc as Doc) : 0;
  } catch {
    return 0;
  }
}

// The root data file.
export const migrations: Record<number, Migration> = {
  // 2: saved replies.
  1: (data) => ({ ...data, snippets: [] }),
  // 3: each post's word count is kept with it; bodies move to files of their own (done by the library as it opens).
  2: (data) => ({
    ...data,
    posts: mapList(data.posts, (post) => ({
      ...post,
      words: storedWords(post.doc),
    })),
    bodiesAhead: [],
  }),
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
  // 3: thread bodies are unchanged; the version follows the root's.
  2: (body) => body,
};

// A post's body file, which carries its own schemaVersion; the first such files were written at schema 3.
export const postBodyMigrations: Record<number, Migration> = {};

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
