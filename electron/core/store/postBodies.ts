import { docWords } from '../shared/content/docWords';
import { SCHEMA_VERSION, type PostBody, type PostInfo } from '../shared/schema';
import type { parsePostBody } from './parsePostBody';

// Schema 3 moved post bodies out of the root file.
const FIRST_SCHEMA_WITH_BODY_FILES = 3;

// A root written before post bodies had files of their own holds each post's document: these are its body files,
// checked and made safe the way a stored body is when it is read.
export function splitPostBodies(
  raw: Record<string, unknown>,
  migrated: Record<string, unknown>,
  parse: typeof parsePostBody,
): PostBody[] {
  if (!isBeforeBodyFiles(raw) || !Array.isArray(migrated.posts)) return [];
  return (migrated.posts as { id?: unknown; doc?: unknown; updatedAt?: unknown }[]).map((post) => {
    const id = typeof post.id === 'string' ? post.id : '';
    return parse({ schemaVersion: SCHEMA_VERSION, postId: id, doc: post.doc, updatedAt: post.updatedAt }, id);
  });
}

export const isBeforeBodyFiles = (raw: Record<string, unknown>): boolean =>
  typeof raw.schemaVersion === 'number' && raw.schemaVersion < FIRST_SCHEMA_WITH_BODY_FILES;

// What a post's body saved after the root says of it: its latest date and the words of its text.
export const bodyAhead = (post: PostInfo, body: PostBody): Pick<PostInfo, 'updatedAt' | 'words'> => ({
  updatedAt: body.updatedAt > post.updatedAt ? body.updatedAt : post.updatedAt,
  words: docWords(body.doc),
});
