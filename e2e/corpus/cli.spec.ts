import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../fixtures';
import { corpus } from './corpus';

// The `kanal` command as outside tools use it, on the external corpora.
let folder: string;
let data: string;
const kanal = (...args: string[]) => {
  const run = spawnSync(process.execPath, [join(projectRoot, 'bin', 'kanal.mjs'), ...args, '--data', data], {
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr, json: () => JSON.parse(run.stdout) as unknown };
};

test.beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'kanal-cli-'));
  data = join(folder, 'kanal.json');
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

test('import, list, show and export the seed post', () => {
  const imported = kanal('import', join(corpus, 'seed/blog-post-with-comments.sv.txt'), '--json');
  expect(imported.code).toBe(0);
  const summary = imported.json() as {
    threads: { id: string; postId: string; comments: number }[];
    skipped: Record<string, number>;
    errors: unknown[];
  };
  expect(summary.threads).toHaveLength(1);
  expect(summary.threads[0]?.comments).toBe(7);
  expect(summary.skipped).toMatchObject({ spam: 0, trash: 0, deleted: 0, note: 0, duplicate: 7 });
  expect(summary.errors).toEqual([]);

  const posts = kanal('posts', '--json').json() as {
    id: string;
    title: string;
    status: string;
    channels: string[];
    updatedAt: string;
    words: number;
  }[];
  expect(posts).toEqual([
    expect.objectContaining({
      title: 'Sociala nätverk skapar nya kommunikationsvägar',
      status: 'published',
      channels: expect.arrayContaining(['B2B', 'C2E']),
    }),
  ]);
  expect(posts[0]?.words).toBeGreaterThan(600);

  const threads = kanal('threads', '--json').json() as { id: string; needsReply: number }[];
  expect(threads[0]).toMatchObject({ id: summary.threads[0]?.id, needsReply: 7 });
  const thread = kanal('thread', threads[0]?.id ?? '', '--json').json() as {
    comments: { text: string; needsReply: boolean; parentId: string | null }[];
  };
  expect(thread.comments).toHaveLength(7);
  expect(thread.comments[0]?.text).toMatch(/^@Niclas Strandh: Du har rätt/);

  const out = join(folder, 'post.html');
  const exported = kanal('export', posts[0]?.id ?? '', '--format', 'html', '--out', out);
  expect(exported.code).toBe(0);
  const html = readFileSync(out, 'utf8');
  expect(html).toContain('<html lang="sv">');
  expect(html).toContain('<h1 class="p-name">Sociala nätverk skapar nya kommunikationsvägar</h1>');
});

test('a refused corpus file gives exit code 1 and a plain reason', () => {
  const refused = kanal('import', join(corpus, 'wxr/malformed.xml'), '--json');
  expect(refused.code).toBe(1);
  expect((refused.json() as { errors: { file: string; message: string; refused: boolean }[] }).errors).toEqual([
    {
      file: 'malformed.xml',
      message: expect.stringContaining('not well-formed XML'),
      refused: true,
      code: 'malformed-xml',
      params: expect.objectContaining({ line: expect.any(Number), column: expect.any(Number) }),
    },
  ]);
  expect(kanal('threads', '--json').json()).toEqual([]);
  expect(kanal('import', join(corpus, 'wxr/valid-wxr-1.1.xml'), '--format', 'csv').code).toBe(2);
});

// It calls node_modules/.bin/kanal, which the build links, as outside tools do.
// --replies adds the shapes of queue, reply, mark and search.
test('the JSON shapes outside tools rely on hold (shared contract check)', () => {
  const check = spawnSync(
    process.execPath,
    [join(corpus, '..', 'tools', 'contract-check.mjs'), '--replies', '--export'],
    {
      cwd: projectRoot,
      encoding: 'utf8',
    },
  );
  expect(check.stdout.trim()).toBe('CLI contract shapes hold');
  expect(check.status).toBe(0);
});
