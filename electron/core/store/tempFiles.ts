import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

// A durable write's temp file sits beside its target: `.<target name>.<pid>.<random>.tmp`.
const TEMP_NAME = /^\.(.+)\.\d+\.[0-9a-f]+\.tmp$/;

export const tempFileFor = (path: string): string =>
  join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);

// The name of the file a temp file was meant to become, or null for any other name.
export function tempFileTarget(name: string): string | null {
  return TEMP_NAME.exec(name)?.[1] ?? null;
}
