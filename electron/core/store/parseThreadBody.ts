import * as z from 'zod';
import { repairDoc } from '../shared/content/validateDoc';
import { replySchema, threadBodySchema, type ThreadBody } from '../shared/schema';
import { bodyMigrations } from './migrations';
import { parseStoredFile } from './parseStoredFile';

// A reply's document may have been edited by hand: any value is read, and made safe below rather than refused.
const storedBodySchema = threadBodySchema.extend({ replies: z.array(replySchema.extend({ doc: z.unknown() })) });

// A thread body file's JSON as the current schema; a reply document keeps only what the editor may show (repairDoc).
// Throws a reason in plain words when the file is not a Kanal thread at all.
export function parseThreadBody(raw: unknown): ThreadBody {
  const body = parseStoredFile(raw, 'a thread', bodyMigrations, storedBodySchema);
  return { ...body, replies: body.replies.map((reply) => ({ ...reply, doc: repairDoc(reply.doc) })) };
}
