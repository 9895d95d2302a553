import { createHash } from 'node:crypto';
import { basename, dirname, extname, join } from 'node:path';
import { KanalError } from '../errors';
import { isImageName } from '../shared/images/imageRefs';
import type { ImageFormat } from '../shared/images/imageFormats';
import { pathInside } from '../store/pathInside';

// Pictures live in `<data file name>.images/<sha-256>.<ending>` beside the data file: the same bytes are stored once,
// and a file, once written, never changes.
export const imagesFolderOf = (dataFile: string): string => {
  const ext = extname(dataFile);
  return join(dirname(dataFile), `${basename(dataFile, ext)}.images`);
};

export const imageNameFor = (bytes: Uint8Array, format: ImageFormat): string =>
  `${createHash('sha256').update(bytes).digest('hex')}.${format.extension}`;

export function imageFilePath(folder: string, name: string): string {
  if (!isImageName(name)) throw new KanalError('not-found', `"${name}" does not name a picture.`);
  return pathInside(folder, name);
}
