import { z } from 'zod';
import { KanalError } from '../errors';
import { repairDoc } from '../shared/content/validateDoc';
import { replySchema, threadBodySchema, type ThreadBody } from '../shared/schema';
import { bodyMigrations, migrate } from './migrations';

// A reply's document may have been edited by hand: any value is read, and made safe below rather than refused.
const storedBodySchema = threadBodySchema.extend({ replies: z.array(replySchema.extend({ doc: z.unknown() })) });

// A thread body file's JSON as the current schema; a reply document keeps only what the editor may show (repairDoc). Throws a reason in plain words when the file is not a Kanal thread at all.
export function parseThreadBody(raw: unknown): ThreadBody {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new KanalError('corrupt', 'it does not hold a thread');
  const { data } = migrate(raw as Record<string, unknown>, bodyMigrations);
  const parsed = storedBodySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new KanalError(
      'corrupt',
      `it is not in Kanal's format (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})`,
    );
  }
  return { ...parsed.data, replies: parsed.data.replies.map((reply) => ({ ...reply, doc: repairDoc(reply.doc) })) };
}
