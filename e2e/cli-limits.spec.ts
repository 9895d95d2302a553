import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schemaV2Post, schemaV2Root } from '../tests/helpers/schemaV2Library';
import { projectRoot } from './fixtures';

// The command line at the edges: output cut short by the reader, and a file too big to import.
let folder: string;
let data: string;
const kanalBin = join(projectRoot, 'bin', 'kanal.mjs');

test.beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'kanal-cli-limits-'));
  data = join(folder, 'kanal.json');
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

// A library of many posts, as an older Kanal wrote it (one file), so the listing is far longer than a pipe holds.
function manyPosts(count: number): void {
  const post = (i: number) =>
    schemaV2Post(`p${i}`, `Inlägg nummer ${i} om kanaler och kommunikation`, {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: `Text ${i}` }] }],
    });
  writeFileSync(
    data,
    JSON.stringify(
      schemaV2Root(
        Array.from({ length: count }, (_, i) => post(i)),
        'sv',
      ),
    ),
  );
}

test('a listing piped into head ends quietly, with exit code 0', () => {
  manyPosts(3000);
  const run = spawnSync(
    'bash',
    [
      '-c',
      `"${process.execPath}" "${kanalBin}" posts --json --data "${data}" | head -c 200 >/dev/null; echo "$\{PIPESTATUS[0]}"`,
    ],
    { encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  expect(run.stdout.trim()).toBe('0');
});

test('a file over the limit is refused from its size, in megabytes of one kind', () => {
  const huge = join(folder, 'export.xml');
  writeFileSync(huge, '');
  // Sparse: the size is there, the bytes are never read.
  truncateSync(huge, 209_900_000);
  const run = spawnSync(process.execPath, [kanalBin, 'import', huge, '--json', '--data', data], { encoding: 'utf8' });
  expect(run.status).toBe(1);
  const summary = JSON.parse(run.stdout) as { errors: { file: string; message: string; refused: boolean }[] };
  expect(summary.errors).toEqual([
    {
      file: 'export.xml',
      message: 'Kanal cannot import “export.xml”: it is 209.9 MB, and Kanal imports files up to 200 MB.',
      refused: true,
      code: 'too-big',
      params: { size: '209.9', limit: 200 },
    },
  ]);
});
