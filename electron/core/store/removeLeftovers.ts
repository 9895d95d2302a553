import { basename, dirname, join } from 'node:path';
import type { RootData } from '../shared/schema';
import { setAsideFiles } from './setAside';
import { storeFs } from './storeFs';
import { tempFileTarget } from './tempFiles';
import { isThreadFileName, threadFileName, threadsFolderOf } from './threadFiles';

// Thread files that a set-aside root names, read loosely: such a root did not pass the schema, but what it names is kept.
async function namedBySetAsideRoots(dataFile: string): Promise<Set<string>> {
  const named = new Set<string>();
  for (const file of await setAsideFiles(dataFile)) {
    let root: unknown;
    try {
      root = JSON.parse(await storeFs.readText(file));
    } catch {
      continue;
    }
    const threads = (root as { threads?: unknown } | null)?.threads;
    if (!Array.isArray(threads)) continue;
    for (const thread of threads as { id?: unknown; rev?: unknown }[]) {
      if (typeof thread?.id === 'string' && typeof thread.rev === 'number')
        named.add(`${thread.id}.${thread.rev}.json`);
    }
  }
  return named;
}

const removeAll = async (folder: string, names: string[]): Promise<void> => {
  for (const name of names) await storeFs.remove(join(folder, name)).catch(() => undefined);
};

// What failed or crashed writes leave behind: temp files of the root and of thread files, and thread files
// no root names. Nothing that a kept root (current or set aside) names is ever removed; unknown files stay.
export async function removeLeftovers(dataFile: string, root: RootData): Promise<void> {
  const folder = dirname(dataFile);
  const rootTemps = (await storeFs.list(folder).catch(() => [] as string[])).filter(
    (name) => tempFileTarget(name) === basename(dataFile),
  );
  await removeAll(folder, rootTemps);

  const threads = threadsFolderOf(dataFile);
  const names = await storeFs.list(threads).catch(() => [] as string[]);
  const threadTemps = names.filter((name) => isThreadFileName(tempFileTarget(name) ?? ''));
  await removeAll(threads, threadTemps);

  const named = new Set(root.threads.map((t) => threadFileName(t.id, t.rev)));
  const unnamed = names.filter((name) => isThreadFileName(name) && !named.has(name));
  if (unnamed.length === 0) return;
  const keptAside = await namedBySetAsideRoots(dataFile);
  await removeAll(
    threads,
    unnamed.filter((name) => !keptAside.has(name)),
  );
}
