import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openKanal } from '../../../electron/core/openKanal';
import { generatedWxr } from '../../helpers/generatedWxr';
import { movableClock } from '../../helpers/movableClock';
import { runImport } from '../../helpers/runImport';
import { tempFolder } from '../../helpers/tempLibrary';

let temp: ReturnType<typeof tempFolder>;
let clock: ReturnType<typeof movableClock>;
beforeEach(() => {
  temp = tempFolder();
  clock = movableClock();
});
afterEach(() => temp.cleanup());

const MINUTE = 60_000;

// A library with a post and two threads, changed in a second session so its newest backup holds them.
async function libraryWithBackup(): Promise<{ backupTime: string }> {
  let kanal = await openKanal(temp.dataFile, { deps: clock.deps });
  await kanal.handlers['posts.create']({ title: 'Kept post' });
  await runImport(kanal, [{ name: 'blogg.xml', data: new TextEncoder().encode(generatedWxr(2, 3)) }], 'wxr');
  await kanal.close();
  clock.advance(MINUTE);
  kanal = await openKanal(temp.dataFile, { deps: clock.deps });
  await kanal.handlers['posts.create']({ title: 'Newer post' });
  const [newest] = await kanal.handlers['backups.list']({});
  await kanal.close();
  clock.advance(MINUTE);
  return { backupTime: newest?.createdAt ?? '' };
}

const threadsFolder = () => join(temp.folder, 'kanal.threads');
const DAMAGES: [string, () => void][] = [
  ['null', () => writeFileSync(temp.dataFile, 'null')],
  ['[]', () => writeFileSync(temp.dataFile, '[]')],
  ['a truncated file', () => writeFileSync(temp.dataFile, readFileSync(temp.dataFile, 'utf8').slice(0, 200))],
  ['a zero-length file', () => writeFileSync(temp.dataFile, '')],
  [
    'a value the schema refuses',
    () =>
      writeFileSync(temp.dataFile, readFileSync(temp.dataFile, 'utf8').replace('"theme":"system"', '"theme":"plaid"')),
  ],
  [
    'a missing thread file',
    () => {
      const [first] = readdirSync(threadsFolder());
      rmSync(join(threadsFolder(), first ?? ''));
    },
  ],
];

describe('a data file damaged before start', () => {
  it.each(DAMAGES)(
    '(%s) is set aside untouched, the newest backup is restored, and the author is told',
    async (_what, damage) => {
      const { backupTime } = await libraryWithBackup();
      damage();
      const damaged = readFileSync(temp.dataFile, 'utf8');

      const kanal = await openKanal(temp.dataFile, { deps: clock.deps });
      const [notice] = kanal.library.notices;
      expect(notice).toMatchObject({ level: 'error', kind: 'restored', values: { backupTime } });
      expect(notice?.message).toContain(`restored from its backup of ${backupTime}`);
      const aside = readdirSync(temp.folder).find((f) => /^kanal\.unreadable-.+\.json$/.test(f)) ?? '';
      expect(notice?.values?.file).toBe(join(temp.folder, aside));
      expect(readFileSync(join(temp.folder, aside), 'utf8')).toBe(damaged);

      const titles = kanal.library.data.posts.map((p) => p.title);
      expect(titles).toContain('Kept post');
      expect(titles).not.toContain('Newer post');
      expect(kanal.library.data.threads).toHaveLength(2);
      for (const thread of kanal.library.data.threads)
        await expect(kanal.library.readThreadBody(thread)).resolves.toBeTruthy();
      await kanal.close();
    },
  );

  it('starts empty, and says so, only when no backup is usable', async () => {
    await libraryWithBackup();
    // A snapshot whose copy was damaged afterwards is passed over, like one without a manifest.
    for (const name of readdirSync(join(temp.folder, 'backups')))
      writeFileSync(join(temp.folder, 'backups', name, 'kanal.json'), '{"damaged":');
    writeFileSync(temp.dataFile, '');

    const kanal = await openKanal(temp.dataFile, { deps: clock.deps });
    expect(kanal.library.notices[0]).toMatchObject({ kind: 'set-aside' });
    expect(kanal.library.notices[0]?.message).toContain('an empty library was started');
    expect(kanal.library.data.posts).toEqual([]);
    await kanal.close();
  });
});
