import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { ExportedFile } from '../core/api';
import { KanalError } from '../core/errors';
import { pathInside } from '../core/store/pathInside';
import { plainSystemError } from './plainErrors';

// Several files into a folder (made if missing): all are written to a staging folder beside it first and only then
// moved in, so a failure leaves the folder as it was; a name that would reach outside the folder is refused.
export async function writeExportFolder(folder: string, files: ExportedFile[]): Promise<void> {
  const target = resolve(folder);
  let staging: string | null = null;
  try {
    staging = await mkdtemp(join(dirname(target), `.${basename(target)}-kanal-`));
    for (const file of files) await writeFile(pathInside(staging, file.filename), file.content, 'utf8');
    await mkdir(target, { recursive: true });
    for (const file of files) await rename(pathInside(staging, file.filename), pathInside(target, file.filename));
  } catch (error) {
    if (error instanceof KanalError) throw error;
    // The folder the author named, never the staging folder beside it.
    throw plainSystemError(error, { file: folder, doing: 'write' });
  } finally {
    if (staging) await rm(staging, { recursive: true, force: true });
  }
}
