import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileDurably } from '../../../electron/core/store/durableWrite';
import { tempFolder } from '../../helpers/tempLibrary';

let temp: ReturnType<typeof tempFolder>;
beforeEach(() => {
  temp = tempFolder();
});
afterEach(() => temp.cleanup());

describe('durable writes', () => {
  it('replaces the content whole and leaves no temp file', async () => {
    writeFileSync(temp.dataFile, 'old');
    await writeFileDurably(temp.dataFile, 'ny text med å ä ö');
    expect(readFileSync(temp.dataFile, 'utf8')).toBe('ny text med å ä ö');
    expect(readdirSync(temp.folder)).toEqual(['kanal.json']);
  });

  it('keeps the old content when the replacement cannot be put in place', async () => {
    // A folder where the file should be: the rename fails after the temp file was written.
    const target = join(temp.folder, 'taken');
    mkdirSync(target);
    writeFileSync(join(target, 'inside'), 'keep');
    await expect(writeFileDurably(target, 'new')).rejects.toThrow();
    expect(readFileSync(join(target, 'inside'), 'utf8')).toBe('keep');
    expect(readdirSync(temp.folder)).toEqual(['taken']);
  });
});
