import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/store/library';
import type { ThreadBody, ThreadIndex } from '../../../electron/core/shared/schema';
import { storedComment, storedThreadBody, storedThreadIndex } from '../../helpers/storedThread';
import { tempFolder } from '../../helpers/tempLibrary';

let temp: ReturnType<typeof tempFolder>;
let library: Library;
beforeEach(async () => {
  temp = tempFolder();
  library = await Library.open(temp.dataFile);
});
afterEach(async () => {
  await library.close();
  temp.cleanup();
});

const body = (threadId: string, html: string): ThreadBody =>
  storedThreadBody(threadId, [storedComment({ html, text: 'hello' })]);
const index = (id: string, rev: number): ThreadIndex =>
  storedThreadIndex(id, rev, { title: 'T', commentCount: 1, needsReplyCount: 1 });

const filesOnDisk = () => {
  const root = readFileSync(temp.dataFile, 'utf8');
  const threads = readdirSync(temp.folder).includes('kanal.threads') ? readdirSync(`${temp.folder}/kanal.threads`) : [];
  return { root, threads: threads.sort() };
};

describe('a write of a document that does not match the schema', () => {
  beforeEach(async () => {
    await library.commit((data) => {
      data.threads.push(index('t1', 0));
      return { result: null, threads: [{ threadId: 't1', rev: 0, body: body('t1', '<p>kept</p>') }] };
    });
  });

  it('is refused for a thread file, with a clear error, and changes nothing on disk or in memory', async () => {
    const before = filesOnDisk();
    const broken = { ...body('t2', '<p>new</p>'), comments: [{ ...body('t2', '').comments[0], status: 'exploded' }] };
    await expect(
      library.commit((data) => {
        data.threads.push(index('t2', 0));
        return { result: null, threads: [{ threadId: 't2', rev: 0, body: broken as unknown as ThreadBody }] };
      }),
    ).rejects.toThrow(/did not save the comments of thread t2: .*comments\.0\.status.*Nothing was changed/);
    expect(filesOnDisk()).toEqual(before);
    expect(library.data.threads.map((t) => t.id)).toEqual(['t1']);
  });

  it('is refused for the library file (its posts included), and the library stays as it was', async () => {
    const before = filesOnDisk();
    await expect(
      library.commit((data) => {
        data.settings.authorNames = ['Changed'];
        data.posts.push({ id: '../escape', title: 'x' } as unknown as (typeof data.posts)[number]);
        return { result: null };
      }),
    ).rejects.toThrow(/did not save the library: .*posts\.0\.id.*Nothing was changed/);
    expect(filesOnDisk()).toEqual(before);
    expect(library.data.posts).toEqual([]);
    expect(library.data.settings.authorNames).toEqual([]);
  });

  it('is refused as a whole when one of several thread files is invalid: none of them is written', async () => {
    const before = filesOnDisk();
    const noThreadId = { ...body('t3', '<p>x</p>'), threadId: undefined } as unknown as ThreadBody;
    await expect(
      library.commit((data) => {
        data.threads.push(index('t2', 0), index('t3', 0));
        return {
          result: null,
          threads: [
            { threadId: 't2', rev: 0, body: body('t2', '<p>fine</p>') },
            { threadId: 't3', rev: 0, body: noThreadId },
          ],
        };
      }),
    ).rejects.toThrow(/comments of thread t3/);
    expect(filesOnDisk()).toEqual(before);
  });

  it('leaves the library writable: the next valid change is saved', async () => {
    await expect(
      library.commit((data) => {
        data.settings.uiLanguage = 'klingon' as 'en';
        return { result: null };
      }),
    ).rejects.toThrow(/settings\.uiLanguage/);
    await library.commit((data) => {
      data.settings.uiLanguage = 'sv';
      return { result: null };
    });
    expect(JSON.parse(readFileSync(temp.dataFile, 'utf8')).settings.uiLanguage).toBe('sv');
  });
});
