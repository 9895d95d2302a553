import type { z } from 'zod';
import { KanalError } from '../errors';

// A document is written only if it matches the schema it will be read back with: a bug or a tampered value in
// memory is refused before it reaches the disk, and the write that carried it changes nothing.
// `at` is where the value sits in the document, when only a part of it is checked.
export function refuseInvalid(schema: z.ZodType, value: unknown, what: string, at: PropertyKey[] = []): void {
  const parsed = schema.safeParse(value);
  if (parsed.success) return;
  const issue = parsed.error.issues[0];
  const path = [...at, ...(issue?.path ?? [])].map(String);
  const where = path.length ? `${path.join('.')}: ` : '';
  throw new KanalError(
    'invalid-document',
    `Kanal did not save ${what}: it does not match Kanal's format (${where}${issue?.message ?? 'invalid'}). Nothing was changed.`,
  );
}
