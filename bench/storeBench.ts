import { mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openKanal } from '../electron/core/openKanal';
import { SCHEMA_VERSION, type Doc } from '../electron/core/shared/schema';
import { generateLibrary, type LibrarySize } from './data/library';
import { absolute, paired, relative, type Figure } from './figure';
import type { BenchSizes } from './sizes';

// The same document with one word changed, a different word each time.
function oneWordEdited(doc: Doc, n: number): Doc {
  const [first, ...rest] = doc.content ?? [];
  const text = first?.content?.[0]?.text ?? '';
  return {
    ...doc,
    content: [{ type: 'paragraph', content: [{ type: 'text', text: `${n % 2 ? 'Ja' : 'Nej'} ${text}` }] }, ...rest],
  };
}

// The floor: writing and fsyncing only the changed post's bytes, nothing else.
async function writeAndSync(path: string, content: string): Promise<void> {
  const file = await open(path, 'w');
  await file.writeFile(content);
  await file.sync();
  await file.close();
}

async function saveFigures(size: LibrarySize, runs: number, label: string, absoluteTarget: boolean): Promise<Figure[]> {
  const folder = mkdtempSync(join(tmpdir(), 'kanal-bench-store-'));
  try {
    const dataFile = join(folder, 'kanal.json');
    await generateLibrary(dataFile, size);
    const kanal = await openKanal(dataFile);
    const { posts } = kanal.services;
    const target = posts.list({})[Math.floor(size.posts / 2)];
    if (!target) throw new Error('the generated library has no posts');
    const original = (await posts.get({ id: target.id })).doc;
    let n = 0;
    let bytes = '';
    const save = async () => {
      const doc = oneWordEdited(original, n++);
      bytes = JSON.stringify({
        schemaVersion: SCHEMA_VERSION,
        postId: target.id,
        doc,
        updatedAt: new Date().toISOString(),
      });
      await posts.save({ id: target.id, doc });
    };
    const measured = await paired(runs * 3, save, () => writeAndSync(join(folder, 'bare.json'), bytes));
    await kanal.close();
    const name = `save after a one-word edit, ${label} (${size.posts} posts, ${size.comments} comments), vs write+fsync of that post's ${(bytes.length / 1000).toFixed(0)} kB`;
    const figures = [relative(name, measured.values, measured.baseline, 1.5)];
    if (absoluteTarget)
      figures.push(
        absolute(`the same save at ${label}: main-thread time (wall, an upper bound)`, 'ms', measured.values, 50),
      );
    return figures;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export async function storeBench(sizes: BenchSizes): Promise<Figure[]> {
  return [
    ...(await saveFigures(sizes.library, sizes.runs, '1×', false)),
    ...(await saveFigures(sizes.bigLibrary, sizes.runs, '10×', true)),
  ];
}
