import { basename, dirname, join } from 'node:path';
import type { RootData } from '../shared/schema';
import { isPostFileName, postFileName, postsFolderOf } from './postFiles';
import { isRevisionFileName, revisionsFolderOf } from './revisionFiles';
import { setAsideFiles } from './setAside';
import { storeFs } from './storeFs';
import { tempFileTarget } from './tempFiles';
import { isThreadFileName, threadFileName, threadsFolderOf } from './threadFiles';

interface Named {
  threads: Set<string>;
  posts: Set<string>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Body files that a set-aside root names, read loosely: such a root did not pass the schema, but what it names is kept.
async function namedBySetAsideRoots(dataFile: string): Promise<Named> {
  const named: Named = { threads: new Set(), posts: new Set() };
  for (const file of await setAsideFiles(dataFile)) {
    let root: unknown;
    try {
      root = JSON.parse(await storeFs.readText(file));
    } catch {
      continue;
    }
    if (!isRecord(root)) continue;
    for (const thread of Array.isArray(root.threads) ? (root.threads as unknown[]) : []) {
      if (isRecord(thread) && typeof thread.id === 'string' && typeof thread.rev === 'number')
        named.threads.add(`${thread.id}.${thread.rev}.json`);
    }
    for (const post of Array.isArray(root.posts) ? (root.posts as unknown[]) : []) {
      if (isRecord(post) && typeof post.id === 'string') named.posts.add(`${post.id}.json`);
    }
  }
  return named;
}

const removeAll = async (folder: string, names: string[]): Promise<void> => {
  for (const name of names) await storeFs.remove(join(folder, name)).catch(() => undefined);
};

interface BodyFolder {
  folder: string;
  isBodyName: (name: string) => boolean;
  named: Set<string>;
  keptAside: (named: Named) => Set<string>;
}

// What failed or crashed writes leave behind: temp files of the root and of body files, and post, revision and thread
// files no root names. Nothing that a kept root (current or set aside) names is ever removed; unknown files stay.
export async function removeLeftovers(dataFile: string, root: RootData): Promise<void> {
  const folder = dirname(dataFile);
  const rootTemps = (await storeFs.list(folder).catch(() => [] as string[])).filter(
    (name) => tempFileTarget(name) === basename(dataFile),
  );
  await removeAll(folder, rootTemps);

  const bodyFolders: BodyFolder[] = [
    {
      folder: threadsFolderOf(dataFile),
      isBodyName: isThreadFileName,
      named: new Set(root.threads.map((t) => threadFileName(t.id, t.rev))),
      keptAside: (named) => named.threads,
    },
    {
      folder: postsFolderOf(dataFile),
      isBodyName: isPostFileName,
      named: new Set(root.posts.map((p) => postFileName(p.id))),
      keptAside: (named) => named.posts,
    },
    // A post's revisions are named as its body is, and go only with the post.
    {
      folder: revisionsFolderOf(dataFile),
      isBodyName: isRevisionFileName,
      named: new Set(root.posts.map((p) => postFileName(p.id))),
      keptAside: (named) => named.posts,
    },
  ];
  let aside: Named | null = null;
  for (const body of bodyFolders) {
    const names = await storeFs.list(body.folder).catch(() => [] as string[]);
    await removeAll(
      body.folder,
      names.filter((name) => body.isBodyName(tempFileTarget(name) ?? '')),
    );
    const unnamed = names.filter((name) => body.isBodyName(name) && !body.named.has(name));
    if (unnamed.length === 0) continue;
    aside ??= await namedBySetAsideRoots(dataFile);
    const keptAside = body.keptAside(aside);
    await removeAll(
      body.folder,
      unnamed.filter((name) => !keptAside.has(name)),
    );
  }
}
