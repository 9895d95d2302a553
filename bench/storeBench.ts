import { mkdtempSync, rmSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openKanal } from '../electron/core/openKanal';
import { SCHEMA_VERSION, type Doc } from '../electron/core/shared/schema';
import { generateLibrary, type LibrarySize } from './data/library';
import { absolute, relative, timeMs, type Figure } from './figure';
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

// The baseline: writing and fsyncing only the changed post's bytes, nothing else. A crash can tear this file.
async function writeAndSync(path: string, content: string): Promise<void> {
  const file = await open(path, 'w');
  await file.writeFile(content);
  await file.sync();
  await file.close();
}

// The floor of a save that a crash cannot tear: a temp file written and synced, renamed over the target, and the
// folder fsynced so the rename survives too. Nothing else: no check, no count, no fingerprint.
async function replaceDurably(folder: string, content: string): Promise<void> {
  const temp = join(folder, `.replaced.json.${process.pid}.tmp`);
  const file = await open(temp, 'wx', 0o600);
  await file.writeFile(content);
  await file.datasync();
  await file.close();
  await rename(temp, join(folder, 'replaced.json'));
  const dir = await open(folder, 'r');
  await dir.sync();
  await dir.close();
}

// Runs each in turn, `runs` rounds after one warm-up round, so a machine that slows down slows all alike.
async function interleaved(runs: number, works: (() => Promise<unknown>)[]): Promise<number[][]> {
  for (const work of works) await work();
  const times = works.map((): number[] => []);
  for (let i = 0; i < runs; i++) for (const [at, work] of works.entries()) times[at]?.push(await timeMs(work));
  return times;
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
    const [saves = [], bare = [], floor = []] = await interleaved(runs * 10, [
      save,
      () => writeAndSync(join(folder, 'bare.json'), bytes),
      () => replaceDurably(folder, bytes),
    ]);
    await kanal.close();
    const kB = (bytes.length / 1000).toFixed(0);
    const name = `save after a one-word edit, ${label} (${size.posts} posts, ${size.comments} comments), vs write+fsync of that post's ${kB} kB`;
    const figures = [
      relative(name, saves, bare, 1.5),
      relative(
        `floor at ${label}: a bare durable replace of the same ${kB} kB (temp file, fdatasync, rename, folder fsync), vs write+fsync`,
        floor,
        bare,
        null,
      ),
      relative(`the same save at ${label}, vs that bare durable replace`, saves, floor, null),
    ];
    if (absoluteTarget)
      figures.push(absolute(`the same save at ${label}: main-thread time (wall, an upper bound)`, 'ms', saves, 50));
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
