import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { postExtensions } from './extensions';

let cached: Schema | null = null;

// Building the schema resolves every extension; once per process is enough.
export function bodySchema(): Schema {
  cached ??= getSchema(postExtensions());
  return cached;
}
