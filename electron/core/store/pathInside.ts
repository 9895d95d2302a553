import { isAbsolute, relative, resolve, sep } from 'node:path';
import { KanalError } from '../errors';

// Joins a folder and names, and refuses any result that is not strictly inside that folder.
export function pathInside(folder: string, ...names: string[]): string {
  const root = resolve(folder);
  const full = resolve(root, ...names);
  const rel = relative(root, full);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new KanalError('corrupt', `Kanal refused to use ${full}: it is not inside ${root}.`);
  }
  return full;
}
