import { dirname } from 'node:path';
import { KanalError } from '../../errors';
import type { RootData } from '../../shared/schema';
import { writeFileDurably } from '../durableWrite';
import { hashText } from '../knownFiles';
import { libraryFiles } from '../libraryFiles';
import { parseRoot } from '../parseRoot';
import { pathInside } from '../pathInside';
import { storeFs } from '../storeFs';
import { listBackups, type StoredBackup } from './listBackups';

export interface VerifiedBackup {
  backup: StoredBackup;
  root: RootData;
  rootText: string;
  // Each file's bytes by its path, read once and checked, so nothing can change between the check and the copy.
  contents: Map<string, Buffer>;
}

// A snapshot is usable when every file it lists is there as it was taken, its root is a Kanal library (migrated if
// older), and every file that root names is in it. Returns why not, in words, otherwise.
export async function verifyBackup(dataFile: string, backup: StoredBackup): Promise<VerifiedBackup | string> {
  const { files } = backup.manifest;
  const rootName = libraryFiles(dataFile, { posts: [], threads: [] })[0] ?? '';
  if (files[0]?.path !== rootName) return 'it holds no data file';
  const contents = new Map<string, Buffer>();
  for (const file of files) {
    const bytes = await storeFs.readBytes(pathInside(backup.folder, file.path)).catch(() => null);
    if (bytes === null || hashText(bytes) !== file.sha256) return `its copy of ${file.path} is missing or damaged`;
    contents.set(file.path, bytes);
  }
  const rootText = contents.get(rootName)?.toString('utf8') ?? '';
  let parsed;
  try {
    parsed = parseRoot(JSON.parse(rootText));
  } catch (error) {
    return error instanceof KanalError ? error.message : 'its data file is not valid JSON';
  }
  if (!parsed.ok) return parsed.reason;
  const held = new Set(files.map((f) => f.path));
  const missing = libraryFiles(dataFile, parsed.data, parsed.bodiesInRoot).find((path) => !held.has(path));
  if (missing) return `it lacks ${missing}`;
  return { backup, root: parsed.data, rootText, contents };
}

// Copies a verified snapshot over the library: the files the root names first, each written durably, the root last,
// so a crash half-way leaves the root as it was, pointing at files that are whole.
export async function putInPlace(dataFile: string, verified: VerifiedBackup): Promise<void> {
  const home = dirname(dataFile);
  const [, ...named] = verified.backup.manifest.files;
  for (const file of named) {
    const target = pathInside(home, file.path);
    await storeFs.makeFolder(dirname(target));
    await writeFileDurably(target, verified.contents.get(file.path) ?? '');
  }
  await writeFileDurably(dataFile, verified.rootText);
}

// The newest snapshot that passes verifyBackup, if any.
export async function newestUsableBackup(dataFile: string): Promise<VerifiedBackup | null> {
  for (const backup of await listBackups(dataFile)) {
    const verified = await verifyBackup(dataFile, backup);
    if (typeof verified !== 'string') return verified;
  }
  return null;
}
