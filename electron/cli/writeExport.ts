import { mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { ExportedAsset, ExportedFile } from '../core/api';
import { KanalError } from '../core/errors';
import { pathInside } from '../core/store/pathInside';
import { plainSystemError } from './plainErrors';
import { writeNamedFile } from './writableFile';

// Several files into a folder (made if missing): all are written to a staging folder beside it first and only then
// moved in, so a failure leaves the folder as it was; a name that would reach outside the folder is refused.
export async function writeExportFolder(folder: string, files: ExportedFile[]): Promise<void> {
  const target = resolve(folder);
  let staging: string | null = null;
  try {
    staging = await mkdtemp(join(dirname(target), `.${basename(target)}-kanal-`));
    for (const file of files) await writeFile(pathInside(staging, file.filename), file.content, 'utf8');
    // Posts that show the same picture share one copy of it in images/.
    const assets = new Map(files.flatMap((file) => file.assets ?? []).map((asset) => [asset.path, asset]));
    for (const asset of assets.values()) {
      await mkdir(dirname(pathInside(staging, asset.path)), { recursive: true });
      await writeFile(pathInside(staging, asset.path), asset.data);
    }
    await mkdir(target, { recursive: true });
    for (const file of files) await rename(pathInside(staging, file.filename), pathInside(target, file.filename));
    for (const asset of assets.values()) {
      const to = pathInside(target, asset.path);
      await mkdir(dirname(to), { recursive: true });
      await rename(pathInside(staging, asset.path), to);
    }
  } catch (error) {
    if (error instanceof KanalError) throw error;
    // The folder the author named, never the staging folder beside it.
    throw plainSystemError(error, { file: folder, doing: 'write' });
  } finally {
    if (staging) await rm(staging, { recursive: true, force: true });
  }
}

// A single exported file's pictures, at their relative paths beside it (images/<name>); one already there is the same
// picture, since its name is its content's hash.
export async function writeAssetsBeside(file: string, assets: ExportedAsset[]): Promise<void> {
  const home = dirname(resolve(file));
  for (const asset of assets) {
    const path = pathInside(home, asset.path);
    if (
      await stat(path).then(
        () => true,
        () => false,
      )
    )
      continue;
    try {
      await mkdir(dirname(path), { recursive: true });
    } catch (error) {
      throw plainSystemError(error, { file: dirname(path), doing: 'write' });
    }
    await writeNamedFile(path, asset.data);
  }
}
