import { basename, dirname, extname, join } from 'node:path';
import { KanalError } from '../errors';
import { ID_PATTERN } from '../shared/schema';
import { pathInside } from './pathInside';

// A thread's comments live in `<data file name>.threads/<thread id>.<revision>.json` beside the data file.
export const threadsFolderOf = (dataFile: string): string => {
  const ext = extname(dataFile);
  return join(dirname(dataFile), `${basename(dataFile, ext)}.threads`);
};

const isRevision = (rev: number): boolean => Number.isSafeInteger(rev) && rev >= 0;

export function threadFileName(threadId: string, rev: number): string {
  if (!ID_PATTERN.test(threadId) || !isRevision(rev)) {
    throw new KanalError('corrupt', `"${threadId}" (revision ${rev}) does not name a comment thread.`);
  }
  return `${threadId}.${rev}.json`;
}

export const threadFilePath = (folder: string, threadId: string, rev: number): string =>
  pathInside(folder, threadFileName(threadId, rev));

// Whether a name is one a thread body file has: the only files clean-up may consider in the threads folder.
export function isThreadFileName(name: string): boolean {
  const match = /^(.+)\.(\d+)\.json$/.exec(name);
  return Boolean(match?.[1] && ID_PATTERN.test(match[1]) && isRevision(Number(match[2])));
}
