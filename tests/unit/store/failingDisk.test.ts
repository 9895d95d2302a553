import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { KanalError } from '../../../electron/core/errors';
import { writeFileDurably } from '../../../electron/core/store/durableWrite';
import { Library } from '../../../electron/core/store/library';
import { storeFs } from '../../../electron/core/store/storeFs';
import { storedThreadBody, storedThreadIndex } from '../../helpers/storedThread';
import { useTempFolder } from '../../helpers/useTempFolder';

const temp = useTempFolder();

const systemError = (code: string) => Object.assign(new Error(`${code}: the system says no`), { code });
const SENTENCES: Record<string, string> = {
  ENOSPC: 'The disk is full: ',
  EIO: 'The disk reported a read or write error: ',
  EPERM: 'Kanal is not allowed to use that file or folder: ',
  EROFS: 'The disk is read-only: ',
};
const STEPS = ['write', 'datasync', 'rename'] as const;

describe('a durable write on a failing disk', () => {
  for (const code of Object.keys(SENTENCES)) {
    it.each(STEPS)(
      `when %s fails with ${code}, keeps the previous file, leaves no temp file and says why`,
      async (step) => {
        writeFileSync(temp.dataFile, 'previous');
        vi.spyOn(storeFs, step).mockRejectedValueOnce(systemError(code));
        const error: unknown = await writeFileDurably(temp.dataFile, 'x'.repeat(288_000)).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(KanalError);
        expect((error as KanalError).code).toBe('storage');
        expect((error as KanalError).message).toBe(
          `${SENTENCES[code]}${temp.dataFile} could not be saved. ${
            {
              ENOSPC: 'Free some space and try again.',
              EIO: 'Check the disk, then try again.',
              EPERM: 'Check the permissions of the folder.',
              EROFS: 'Choose a writable place for the library.',
            }[code]
          }`,
        );
        expect(readFileSync(temp.dataFile, 'utf8')).toBe('previous');
        expect(readdirSync(temp.folder)).toEqual(['kanal.json']);
      },
    );
  }
});

describe('a change that the full disk stops half-way', () => {
  it('keeps the last good library and removes the thread files it wrote for the root that never came', async () => {
    const library = await Library.open(temp.dataFile);
    await library.commit((data) => {
      data.threads.push(storedThreadIndex('kept', 0));
      return { result: null, threads: [{ threadId: 'kept', rev: 0, body: storedThreadBody('kept') }] };
    });
    const before = readFileSync(temp.dataFile, 'utf8');
    const rename = storeFs.rename;
    vi.spyOn(storeFs, 'rename').mockImplementation((from, to) =>
      to === temp.dataFile ? Promise.reject(systemError('ENOSPC')) : rename(from, to),
    );

    const failed = library.commit((data) => {
      for (let i = 0; i < 127; i++) data.threads.push(storedThreadIndex(`new-${i}`, 0));
      return {
        result: null,
        threads: Array.from({ length: 127 }, (_, i) => ({
          threadId: `new-${i}`,
          rev: 0,
          body: storedThreadBody(`new-${i}`),
        })),
      };
    });
    await expect(failed).rejects.toThrow(/^The disk is full: .*kanal\.json could not be saved/);
    expect(readFileSync(temp.dataFile, 'utf8')).toBe(before);
    expect(library.data.threads.map((t) => t.id)).toEqual(['kept']);
    expect(readdirSync(join(temp.folder, 'kanal.threads'))).toEqual(['kept.0.json']);
    expect(readdirSync(temp.folder).sort()).toEqual(['backups', 'kanal.json', 'kanal.json.lock', 'kanal.threads']);
    await library.close();
  });
});

describe('starting after a crash', () => {
  it('removes the temp files of the root and of thread files, and thread files no root names, and nothing else', async () => {
    const library = await Library.open(temp.dataFile);
    await library.commit((data) => {
      data.threads.push(storedThreadIndex('kept', 3));
      return { result: null, threads: [{ threadId: 'kept', rev: 3, body: storedThreadBody('kept') }] };
    });
    await library.close();
    const threads = join(temp.folder, 'kanal.threads');
    mkdirSync(threads, { recursive: true });
    writeFileSync(join(temp.folder, '.kanal.json.4242.0a1b2c.tmp'), 'x'.repeat(288_000));
    writeFileSync(join(threads, '.orphan.0.json.4242.0a1b2c.tmp'), '{}');
    writeFileSync(join(threads, '.kept.4.json.4242.0a1b2c.tmp'), '{}');
    writeFileSync(join(threads, 'orphan.0.json'), '{}');
    writeFileSync(join(threads, 'kept.2.json'), '{}');
    writeFileSync(join(threads, 'notes by the author.txt'), 'mine');
    writeFileSync(join(temp.folder, '.other.json.4242.0a1b2c.tmp'), 'another library');

    const again = await Library.open(temp.dataFile);
    expect(readdirSync(temp.folder).sort()).toEqual([
      '.other.json.4242.0a1b2c.tmp',
      'backups',
      'kanal.json',
      'kanal.json.lock',
      'kanal.threads',
    ]);
    expect(readdirSync(threads).sort()).toEqual(['kept.3.json', 'notes by the author.txt']);
    await again.close();
  });
});
