import { basename, dirname, extname, join } from 'node:path';
import { isPostFileName, postFileName } from './postFiles';
import { pathInside } from './pathInside';

// A post's revisions live in `<data file name>.revisions/<post id>.json` beside the data file, one file per post.
export const revisionsFolderOf = (dataFile: string): string => {
  const ext = extname(dataFile);
  return join(dirname(dataFile), `${basename(dataFile, ext)}.revisions`);
};

export const revisionFilePath = (folder: string, postId: string): string => pathInside(folder, postFileName(postId));

// A revision file is named as its post's body file is.
export const isRevisionFileName = isPostFileName;
