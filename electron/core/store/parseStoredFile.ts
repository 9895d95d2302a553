import type { z } from 'zod';
import { KanalError } from '../errors';
import { migrate, type Migration } from './migrations';

// A body file's JSON brought to the current version and checked against its schema; throws a reason in plain words
// (after "Kanal cannot read …: ") when it is not what it should hold.
export function parseStoredFile<Schema extends z.ZodType>(
  raw: unknown,
  holds: string,
  migrations: Record<number, Migration>,
  schema: Schema,
): z.output<Schema> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new KanalError('corrupt', `it does not hold ${holds}`);
  const { data } = migrate(raw as Record<string, unknown>, migrations);
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new KanalError(
      'corrupt',
      `it is not in Kanal's format (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})`,
    );
  }
  return parsed.data;
}
