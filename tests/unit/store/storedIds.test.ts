import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openKanal } from '../../../electron/core/openKanal';
import { pathInside } from '../../../electron/core/store/pathInside';
import { threadFilePath } from '../../../electron/core/store/threadFiles';
import { idSchema } from '../../../electron/core/shared/schema';
import { generatedWxr } from '../../helpers/generatedWxr';
import { tempFolder, testDeps } from '../../helpers/tempLibrary';
import { runImport } from '../../helpers/runImport';

let temp: ReturnType<typeof tempFolder>;
beforeEach(() => {
  temp = tempFolder();
});
afterEach(() => temp.cleanup());

async function libraryWithOneThread(): Promise<void> {
  const kanal = await openKanal(temp.dataFile, { deps: testDeps() });
  await runImport(kanal, [{ name: 'blogg.xml', data: new TextEncoder().encode(generatedWxr(1, 2)) }], 'wxr');
  await kanal.close();
}

const editRoot = (edit: (root: { threads: { id: string }[]; posts: { id: string; channels: string[] }[] }) => void) => {
  const root = JSON.parse(readFileSync(temp.dataFile, 'utf8'));
  edit(root);
  writeFileSync(temp.dataFile, JSON.stringify(root));
};

describe('ids edited into the data file', () => {
  it.each(['../victim', '../../victim', '/etc/victim', 'a/b', 'x'.repeat(65), ''])(
    'a thread id %j makes the library unreadable and touches no file outside its folder',
    async (badId) => {
      await libraryWithOneThread();
      const victim = join(temp.folder, 'victim.0.json');
      writeFileSync(victim, 'not Kanal’s');
      editRoot((root) => {
        const thread = root.threads[0];
        if (thread) thread.id = badId;
      });
      const kanal = await openKanal(temp.dataFile, { deps: testDeps() });
      // Whatever the library lists, reading and deleting it must stay inside the threads folder.
      for (const thread of kanal.services.threads.list()) {
        await kanal.services.threads.get({ id: thread.id }).catch(() => undefined);
        await kanal.services.threads.delete({ id: thread.id }).catch(() => undefined);
      }
      expect(kanal.library.notices[0]?.message).toMatch(/threads\.0\.id: not a Kanal id/);
      expect(kanal.services.threads.list()).toEqual([]);
      await kanal.close();
      expect(readFileSync(victim, 'utf8')).toBe('not Kanal’s');
    },
  );

  it('a post or channel id that is not an id makes the library unreadable too', async () => {
    await libraryWithOneThread();
    editRoot((root) => {
      const post = root.posts[0];
      if (post) post.channels = ['b2b', '../../x'];
    });
    const kanal = await openKanal(temp.dataFile, { deps: testDeps() });
    expect(kanal.library.notices[0]?.message).toMatch(/posts\.0\.channels\.1: not a Kanal id/);
    await kanal.close();
  });

  it('accepts the ids Kanal makes', () => {
    for (const id of [crypto.randomUUID(), 'b2b', 'id-12', 'A_z-9']) expect(idSchema.safeParse(id).success).toBe(true);
  });
});

describe('paths built from stored names', () => {
  it('stay inside their folder', () => {
    const folder = join(temp.folder, 'kanal.threads');
    expect(pathInside(folder, 'a.0.json')).toBe(join(folder, 'a.0.json'));
    for (const name of ['..', '../x', '/etc/passwd', 'a/../../x', ''])
      expect(() => pathInside(folder, name)).toThrow(/not inside/);
  });

  it('are refused for a thread that is not named by an id and a revision', () => {
    const folder = join(temp.folder, 'kanal.threads');
    expect(threadFilePath(folder, 'abc', 3)).toBe(join(folder, 'abc.3.json'));
    expect(() => threadFilePath(folder, '../../victim', 0)).toThrow(/does not name a comment thread/);
    expect(() => threadFilePath(folder, 'abc', -1)).toThrow(/does not name a comment thread/);
    expect(() => threadFilePath(folder, 'abc', 1.5)).toThrow(/does not name a comment thread/);
    expect(existsSync(folder)).toBe(false);
  });
});
