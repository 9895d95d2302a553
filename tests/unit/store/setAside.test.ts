import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openKanal } from '../../../electron/core/openKanal';
import { generatedWxr } from '../../helpers/generatedWxr';
import { tempFolder, testDeps } from '../../helpers/tempLibrary';
import { runImport } from '../../helpers/runImport';

let temp: ReturnType<typeof tempFolder>;
beforeEach(() => {
  temp = tempFolder();
});
afterEach(() => temp.cleanup());

const THREADS = 7;
const threadsFolder = () => join(temp.folder, 'kanal.threads');
const openAndClose = async (dataFile = temp.dataFile) => {
  const kanal = await openKanal(dataFile, { deps: testDeps() });
  const notices = [...kanal.library.notices];
  await kanal.close();
  return notices;
};

// A library with seven imported comment threads, each in its own file.
async function libraryWithThreads(): Promise<string[]> {
  const kanal = await openKanal(temp.dataFile, { deps: testDeps() });
  const data = new TextEncoder().encode(generatedWxr(THREADS, 3));
  const summary = await runImport(kanal, [{ name: 'blogg.xml', data }], 'wxr');
  expect(summary.threads).toHaveLength(THREADS);
  await kanal.close();
  const files = readdirSync(threadsFolder()).sort();
  expect(files).toHaveLength(THREADS);
  return files;
}

const asideFiles = () =>
  readdirSync(temp.folder)
    .filter((f) => f.startsWith('kanal.unreadable-'))
    .sort();

describe('a library set aside as unreadable', () => {
  it.each([
    ['a truncated data file', (text: string) => text.slice(0, text.length / 2)],
    ['a setting the format refuses', (text: string) => text.replace('"uiLanguage":"en"', '"uiLanguage":"klingon"')],
  ])('keeps every comment thread it names through the next starts (%s)', async (_what, damage) => {
    const files = await libraryWithThreads();
    const damaged = damage(readFileSync(temp.dataFile, 'utf8'));
    writeFileSync(temp.dataFile, damaged);

    const notices = await openAndClose();
    expect(notices[0]?.message).toContain('kanal.unreadable-');
    await openAndClose();
    await openAndClose();

    const [asideFile, asidePosts, asideThreads] = asideFiles();
    expect(asideFile).toMatch(/^kanal\.unreadable-.+\.json$/);
    expect(asideThreads).toBe(asideFile?.replace(/\.json$/, '.threads'));
    expect(asidePosts).toBe(asideFile?.replace(/\.json$/, '.posts'));
    expect(notices[0]?.message).toContain(asideThreads);
    expect(notices[0]?.message).toContain(asidePosts);
    expect(readdirSync(join(temp.folder, asidePosts ?? ''))).toHaveLength(THREADS);
    expect(readFileSync(join(temp.folder, asideFile ?? ''), 'utf8')).toBe(damaged);
    expect(readdirSync(join(temp.folder, asideThreads ?? '')).sort()).toEqual(files);
  });

  it('opens as a library of its own once repaired, with all its comments', async () => {
    await libraryWithThreads();
    writeFileSync(temp.dataFile, readFileSync(temp.dataFile, 'utf8').replace('"theme":"system"', '"theme":"neon"'));
    await openAndClose();
    await openAndClose();
    const asideFile = join(temp.folder, asideFiles()[0] ?? '');
    writeFileSync(asideFile, readFileSync(asideFile, 'utf8').replace('"theme":"neon"', '"theme":"dark"'));

    const aside = await openKanal(asideFile, { deps: testDeps() });
    const threads = aside.services.threads.list();
    expect(threads).toHaveLength(THREADS);
    for (const thread of threads)
      expect((await aside.services.threads.get({ id: thread.id })).comments).toHaveLength(3);
    await aside.close();
  });

  it('finishes a set-aside that a crash interrupted, under the same name', async () => {
    const files = await libraryWithThreads();
    writeFileSync(temp.dataFile, '{"schemaVersion": 1, "posts": [');
    // The threads folder was moved, then the process died before the data file followed it.
    renameSync(threadsFolder(), join(temp.folder, 'kanal.unreadable-2025-06-01T12-00-00-000Z.threads'));
    await openAndClose();
    await openAndClose();
    expect(asideFiles()).toEqual([
      'kanal.unreadable-2025-06-01T12-00-00-000Z.json',
      'kanal.unreadable-2025-06-01T12-00-00-000Z.posts',
      'kanal.unreadable-2025-06-01T12-00-00-000Z.threads',
    ]);
    expect(readdirSync(join(temp.folder, 'kanal.unreadable-2025-06-01T12-00-00-000Z.threads')).sort()).toEqual(files);
  });

  it('spares thread files that a root set aside by an older Kanal still names in the shared folder', async () => {
    const files = await libraryWithThreads();
    const root = readFileSync(temp.dataFile, 'utf8');
    writeFileSync(
      join(temp.folder, 'kanal.unreadable-2025-12-31T00-00-00-000Z.json'),
      root.replace('"theme":"system"', '"theme":"neon"'),
    );
    writeFileSync(temp.dataFile, JSON.stringify({ ...JSON.parse(root), threads: [] }));
    mkdirSync(threadsFolder(), { recursive: true });
    writeFileSync(join(threadsFolder(), 'nobody.0.json'), '{}');
    await openAndClose();
    expect(readdirSync(threadsFolder()).sort()).toEqual(files);
    expect(existsSync(join(threadsFolder(), 'nobody.0.json'))).toBe(false);
  });
});
