import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import {
  ImportFileError,
  parseImportFile,
  type ImportOptions,
  type NormalizedComment,
  type NormalizedImport,
  type NormalizedThread,
} from '../../../electron/core/import';

export const NO_IDENTITIES = { names: [], emails: [] };

// The import files written for these tests, in tests/fixtures/import.
export const fixturePath = (name: string): string =>
  fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url));

export const readFixture = (name: string): Uint8Array => new Uint8Array(readFileSync(fixturePath(name)));

export const bytesOf = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);

export function importBytes(
  name: string,
  data: Uint8Array,
  options: Partial<ImportOptions> = {},
): Promise<NormalizedImport> {
  return parseImportFile({ name, data }, { format: 'auto', identities: NO_IDENTITIES, ...options });
}

export const importFixture = (name: string, options: Partial<ImportOptions> = {}): Promise<NormalizedImport> =>
  importBytes(name, readFixture(name), options);

// The ImportFileError a refused file raises; fails the test when the file is read instead.
export async function refusalOf(
  name: string,
  data: Uint8Array,
  options: Partial<ImportOptions> = {},
): Promise<ImportFileError> {
  try {
    await importBytes(name, data, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportFileError);
    const refused = error as ImportFileError;
    expect(refused.fileName).toBe(name);
    expect(refused.message).toContain(name);
    return refused;
  }
  throw new Error(`${name} was imported, not refused`);
}

export function threadTitled(result: NormalizedImport, title: string): NormalizedThread {
  const thread = result.threads.find((t) => t.title === title);
  if (!thread) throw new Error(`no thread “${title}” among ${result.threads.map((t) => t.title).join(', ')}`);
  return thread;
}

export function commentWithId(thread: NormalizedThread, externalId: string): NormalizedComment {
  const comment = thread.comments.find((c) => c.externalId === externalId);
  if (!comment) throw new Error(`no comment ${externalId} in “${thread.title}”`);
  return comment;
}

// 1 for a top-level comment, 2 for a reply to it, and so on.
export function depthOf(thread: NormalizedThread, externalId: string): number {
  let depth = 0;
  for (let id: string | null = externalId; id !== null && depth <= thread.comments.length; depth++) {
    id = commentWithId(thread, id).parentExternalId;
  }
  return depth;
}

export const idsOf = (thread: NormalizedThread): string[] => thread.comments.map((c) => c.externalId);

export const totalComments = (result: NormalizedImport): number =>
  result.threads.reduce((sum, t) => sum + t.comments.length, 0);
