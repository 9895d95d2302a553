import { z } from 'zod';
import { KanalError } from '../errors';
import { repairDoc } from '../shared/content/validateDoc';
import { postBodySchema, type PostBody } from '../shared/schema';
import { migrate, postBodyMigrations } from './migrations';

// The document may have been edited by hand: any value is read, and made safe below rather than refused.
const storedBodySchema = postBodySchema.extend({ doc: z.unknown() });

// A post body file's JSON as the current schema, its document keeping only what the editor may show (repairDoc).
// The same check runs before a body is written, so a body Kanal writes is always one it can read back.
// Throws a reason in plain words when the file is not this post's body.
export function parsePostBody(raw: unknown, postId: string): PostBody {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new KanalError('corrupt', 'it does not hold a post');
  const { data } = migrate(raw as Record<string, unknown>, postBodyMigrations);
  const parsed = storedBodySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new KanalError(
      'corrupt',
      `it is not in Kanal's format (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})`,
    );
  }
  if (parsed.data.postId !== postId) throw new KanalError('corrupt', `it holds the body of another post`);
  return { ...parsed.data, doc: repairDoc(parsed.data.doc) };
}
