import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeFilesDurably } from '../../../electron/core/store/durableWrite';
import { storeFs } from '../../../electron/core/store/storeFs';
import { useTempFolder } from '../../helpers/useTempFolder';

const temp = useTempFolder();

const files = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ path: join(temp.folder, `t${i}.0.json`), content: `{"n":${i}}` }));

describe('writing many new files in one go', () => {
  it('writes them all side by side, syncs them together, and fsyncs their folder once, after the renames', async () => {
    const steps: string[] = [];
    const { write, datasync, sync, open, rename } = storeFs;
    let pending = 0;
    let mostAtOnce = 0;
    let writing = 0;
    let mostWritingAtOnce = 0;
    // Each write waits (a little, at most) for the others to start: written side by side, all twenty are under way at once.
    let allStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (allStarted = resolve));
    vi.spyOn(storeFs, 'write').mockImplementation(async (file, content) => {
      steps.push('write');
      writing += 1;
      mostWritingAtOnce = Math.max(mostWritingAtOnce, writing);
      if (writing === 20) allStarted();
      await Promise.race([started, new Promise((resolve) => setTimeout(resolve, 200))]);
      await write(file, content);
      writing -= 1;
    });
    vi.spyOn(storeFs, 'open').mockImplementation(async (path, flags, mode) => {
      if (flags === 'r') steps.push('open folder');
      return open(path, flags, mode);
    });
    vi.spyOn(storeFs, 'datasync').mockImplementation(async (file: FileHandle) => {
      steps.push('sync');
      pending += 1;
      mostAtOnce = Math.max(mostAtOnce, pending);
      await datasync(file);
      pending -= 1;
    });
    vi.spyOn(storeFs, 'rename').mockImplementation(async (from, to) => {
      steps.push('rename');
      await rename(from, to);
    });
    vi.spyOn(storeFs, 'sync').mockImplementation(async (folder: FileHandle) => {
      steps.push('sync folder');
      await sync(folder);
    });
    await writeFilesDurably(files(20));

    // The folder is opened while the files are written, and fsynced once every file has its name.
    expect(steps.filter((step) => step !== 'open folder')).toEqual([
      ...Array<string>(20).fill('write'),
      ...Array<string>(20).fill('sync'),
      ...Array<string>(20).fill('rename'),
      'sync folder',
    ]);
    expect(steps.filter((step) => step === 'open folder')).toHaveLength(1);
    expect(mostAtOnce).toBe(20);
    // Written side by side too, not one after another.
    expect(mostWritingAtOnce).toBe(20);
    expect(readFileSync(join(temp.folder, 't7.0.json'), 'utf8')).toBe('{"n":7}');
  });

  it('leaves no temp file and names the file when one fsync fails', async () => {
    const { datasync } = storeFs;
    let calls = 0;
    vi.spyOn(storeFs, 'datasync').mockImplementation(async (file: FileHandle) => {
      if (++calls === 3) throw Object.assign(new Error('io'), { code: 'EIO' });
      await datasync(file);
    });
    await expect(writeFilesDurably(files(5))).rejects.toThrow(/disk reported a read or write error: .*t2\.0\.json/);
    expect(readdirSync(temp.folder)).toEqual([]);
  });

  it('replaces no file while the check before the renames fails, and leaves no temp file', async () => {
    writeFileSync(join(temp.folder, 't1.0.json'), 'theirs');
    const refusal = new Error('another program changed t1.0.json');
    await expect(writeFilesDurably(files(3), { beforeRename: () => Promise.reject(refusal) })).rejects.toBe(refusal);
    expect(readdirSync(temp.folder)).toEqual(['t1.0.json']);
    expect(readFileSync(join(temp.folder, 't1.0.json'), 'utf8')).toBe('theirs');
  });

  it('renames only once the check before the renames has passed', async () => {
    let pass: () => void = () => undefined;
    const check = new Promise<void>((resolve) => (pass = resolve));
    const writing = writeFilesDurably(files(2), { beforeRename: () => check });
    await vi.waitFor(() => expect(readdirSync(temp.folder).filter((name) => name.endsWith('.tmp'))).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync(temp.folder).filter((name) => !name.endsWith('.tmp'))).toEqual([]);
    pass();
    await writing;
    expect(readdirSync(temp.folder).sort()).toEqual(['t0.0.json', 't1.0.json']);
  });
});
