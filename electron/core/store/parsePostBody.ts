import * as z from 'zod';
import { KanalError } from '../errors';
import { repairDoc } from '../shared/content/validateDoc';
import { postBodySchema, type PostBody } from '../shared/schema';
import { postBodyMigrations } from './migrations';
import { parseStoredFile } from './parseStoredFile';

// The document may have been edited by hand: any value is read, and made safe below rather than refused.
const storedBodySchema = postBodySchema.extend({ doc: z.unknown() });

// A post body file's JSON as the current schema, its document keeping only what the editor may show (repairDoc).
// The same check runs before a body is written, so a body Kanal writes is always one it can read back.
// Throws a reason in plain words when the file is not this post's body.
export function parsePostBody(raw: unknown, postId: string): PostBody {
  const body = parseStoredFile(raw, 'a post', postBodyMigrations, storedBodySchema);
  if (body.postId !== postId) throw new KanalError('corrupt', `it holds the body of another post`);
  return { ...body, doc: repairDoc(body.doc) };
}
