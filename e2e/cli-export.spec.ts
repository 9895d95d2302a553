import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './fixtures';

// `kanal export` as outside tools use it: formats, folders, and one plain line with exit code 1 for refused input.
let folder: string;
let data: string;
const kanal = (...args: string[]) => {
  const run = spawnSync(process.execPath, [join(projectRoot, 'bin', 'kanal.mjs'), ...args, '--data', data], {
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
};
const blog = join(projectRoot, 'tests', 'fixtures', 'export', 'blogg.xml');

test.beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'kanal-export-'));
  data = join(folder, 'kanal.json');
  expect(kanal('import', blog).code).toBe(0);
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

const postIds = () => (JSON.parse(kanal('posts', '--json').out) as { id: string; title: string }[]).map((p) => p.id);

test('one post to stdout in every format, and to a file', () => {
  const [id = ''] = postIds();
  expect(kanal('export', id, '--format', 'html').out).toMatch(/^<!doctype html>/);
  expect(kanal('export', id, '--format', 'fragment').out).toMatch(/^<article class="h-entry">/);
  expect(kanal('export', id, '--format', 'md').out).toMatch(/^---\ntitle: /);
  const wxr = kanal('export', id, '--format', 'wxr', '--with-thread').out;
  expect(wxr).toContain('xmlns:wp="http://wordpress.org/export/1.2/"');
  expect(wxr).toContain('<wp:comment>');
  const out = join(folder, 'post.md');
  const written = kanal('export', id, '--format', 'md', '--with-thread', '--out', out);
  expect(written.code).toBe(0);
  expect(readFileSync(out, 'utf8')).toContain('## Kommentarer');
});

test('several posts, or --all, into a folder with an index', () => {
  const out = join(folder, 'site');
  expect(kanal('export', ...postIds(), '--out', out).code).toBe(0);
  expect(readdirSync(out).sort()).toEqual(['index.html', 'kanaler.html', 'kvoter.html']);
  const md = join(folder, 'md');
  expect(kanal('export', '--all', '--status', 'published', '--format', 'md', '--out', md).code).toBe(0);
  expect(readdirSync(md).sort()).toEqual(['kanaler.md', 'kvoter.md']);
});

test('an unknown post, an unknown format or an --out that cannot be written: exit 1, one plain line, nothing left', () => {
  const [id = ''] = postIds();
  const unknownPost = kanal('export', 'nope', '--format', 'md');
  expect(unknownPost.code).toBe(1);
  expect(unknownPost.err.trim().split('\n')).toEqual(['kanal: No post with id nope.']);
  const unknownFormat = kanal('export', id, '--format', 'pdf');
  expect(unknownFormat.code).toBe(1);
  expect(unknownFormat.err.trim().split('\n')).toHaveLength(1);
  expect(unknownFormat.err).toContain('"pdf"');
  const missing = kanal('export', id, '--out', join(folder, 'no', 'such', 'post.html'));
  expect(missing.code).toBe(1);
  expect(missing.err.trim().split('\n')).toEqual([expect.stringMatching(/^kanal: Cannot write .*post\.html: /)]);
  // A folder inside a file: neither the staging folder nor the target can be made.
  const before = readdirSync(folder).sort();
  const refused = kanal('export', '--all', '--out', join(data, 'site'));
  expect(refused.code).toBe(1);
  expect(refused.err.trim().split('\n')).toEqual([expect.stringMatching(/^kanal: Cannot write .*site: /)]);
  expect(readdirSync(folder).sort()).toEqual(before);
  expect(readdirSync(folder).filter((name) => name.includes('kanal-') || name.endsWith('.tmp'))).toEqual([]);
});

test('usage errors exit 2: no posts named, several posts without --out', () => {
  expect(kanal('export').code).toBe(2);
  expect(kanal('export', ...postIds()).code).toBe(2);
  expect(kanal('export', '--status', 'draft', postIds()[0] ?? '').code).toBe(2);
});
