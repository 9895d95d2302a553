import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { ExportedFile } from '../core/api';
import { KanalError } from '../core/errors';
import { writeFileDurably } from '../core/store/durableWrite';
import { pathInside } from '../core/store/pathInside';

// What went wrong writing, in words rather than an errno code.
const REASONS: Record<string, string> = {
  ENOENT: 'its folder does not exist',
  EACCES: 'you are not allowed to write there',
  EPERM: 'you are not allowed to write there',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of its path is not a folder',
  EEXIST: 'a file of that name is in the way',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
};

const reasonOf = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
};

const cannotWrite = (path: string, error: unknown): KanalError =>
  new KanalError('unwritable', `Cannot write ${path}: ${reasonOf(error)}.`);

// One file: written beside the target and renamed over it, so a failed export leaves nothing half-written.
export async function writeExportFile(path: string, content: string): Promise<void> {
  try {
    await writeFileDurably(path, content);
  } catch (error) {
    if (error instanceof KanalError) throw error;
    // A folder that cannot be fsynced (some mounts) still gets the file, through a temp file and a rename.
    if ((error as NodeJS.ErrnoException).code !== 'EINVAL') throw cannotWrite(path, error);
    const temp = `${path}.kanal-${process.pid}.tmp`;
    try {
      await writeFile(temp, content, 'utf8');
      await rename(temp, path);
    } catch (fallbackError) {
      await rm(temp, { force: true });
      throw cannotWrite(path, fallbackError);
    }
  }
}

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
    throw cannotWrite(folder, error);
  } finally {
    if (staging) await rm(staging, { recursive: true, force: true });
  }
}
