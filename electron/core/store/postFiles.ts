import { basename, dirname, extname, join } from 'node:path';
import { KanalError } from '../errors';
import { ID_PATTERN } from '../shared/schema';
import { pathInside } from './pathInside';

// A post's body lives in `<data file name>.posts/<post id>.json` beside the data file, rewritten in place when it changes.
export const postsFolderOf = (dataFile: string): string => {
  const ext = extname(dataFile);
  return join(dirname(dataFile), `${basename(dataFile, ext)}.posts`);
};

export function postFileName(postId: string): string {
  if (!ID_PATTERN.test(postId)) throw new KanalError('corrupt', `"${postId}" does not name a post.`);
  return `${postId}.json`;
}

export const postFilePath = (folder: string, postId: string): string => pathInside(folder, postFileName(postId));

// Whether a name is one a post body file has: the only files clean-up may consider in the posts folder.
export function isPostFileName(name: string): boolean {
  const match = /^(.+)\.json$/.exec(name);
  return Boolean(match?.[1] && ID_PATTERN.test(match[1]));
}
