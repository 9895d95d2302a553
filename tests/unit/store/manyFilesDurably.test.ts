import { readdirSync, readFileSync } from 'node:fs';
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
  it('writes them all side by side, fsyncs them together, and fsyncs their folder once', async () => {
    const steps: string[] = [];
    const { write, sync, open } = storeFs;
    let pending = 0;
    let mostAtOnce = 0;
    let writing = 0;
    let mostWritingAtOnce = 0;
    vi.spyOn(storeFs, 'write').mockImplementation(async (file, content) => {
      steps.push('write');
      writing += 1;
      mostWritingAtOnce = Math.max(mostWritingAtOnce, writing);
      await write(file, content);
      writing -= 1;
    });
    vi.spyOn(storeFs, 'open').mockImplementation(async (path, flags, mode) => {
      if (flags === 'r') steps.push('open folder');
      return open(path, flags, mode);
    });
    vi.spyOn(storeFs, 'sync').mockImplementation(async (file: FileHandle) => {
      steps.push('sync');
      pending += 1;
      mostAtOnce = Math.max(mostAtOnce, pending);
      await sync(file);
      pending -= 1;
    });
    await writeFilesDurably(files(20));

    expect(steps.slice(0, 20)).toEqual(Array(20).fill('write'));
    expect(steps.slice(20, 40)).toEqual(Array(20).fill('sync'));
    expect(steps.slice(40)).toEqual(['open folder', 'sync']);
    expect(mostAtOnce).toBe(20);
    // Written side by side too, not one after another.
    expect(mostWritingAtOnce).toBe(20);
    expect(readFileSync(join(temp.folder, 't7.0.json'), 'utf8')).toBe('{"n":7}');
  });

  it('leaves no temp file and names the file when one fsync fails', async () => {
    const { sync } = storeFs;
    let calls = 0;
    vi.spyOn(storeFs, 'sync').mockImplementation(async (file: FileHandle) => {
      if (++calls === 3) throw Object.assign(new Error('io'), { code: 'EIO' });
      await sync(file);
    });
    await expect(writeFilesDurably(files(5))).rejects.toThrow(/disk reported a read or write error: .*t2\.0\.json/);
    expect(readdirSync(temp.folder)).toEqual([]);
  });
});
