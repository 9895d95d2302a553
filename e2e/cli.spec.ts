import { test, expect } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { importFixtures, projectRoot } from './fixtures';

// The `kanal` command as outside tools use it: the built binary, its exit codes and its JSON.
let folder: string;
let data: string;
const kanal = (...args: string[]) => {
  const run = spawnSync(process.execPath, [join(projectRoot, 'bin', 'kanal.mjs'), ...args, '--data', data], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr, json: () => JSON.parse(run.stdout) as unknown };
};

test.beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'kanal-cli-'));
  data = join(folder, 'kanal.json');
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

test('import, list, show and export a pasted Swedish post', () => {
  const imported = kanal('import', join(importFixtures, 'pasted-sv-doubled.txt'), '--json');
  expect(imported.code).toBe(0);
  const summary = imported.json() as { threads: { id: string; postId: string; comments: number }[]; skipped: Record<string, number>; errors: unknown[] };
  expect(summary.threads).toHaveLength(1);
  expect(summary.threads[0]?.comments).toBe(7);
  expect(summary.skipped).toMatchObject({ spam: 0, trash: 0, deleted: 0, note: 0, duplicate: 7 });
  expect(summary.errors).toEqual([]);

  const posts = kanal('posts', '--json').json() as { id: string; title: string; status: string; channels: string[]; updatedAt: string; words: number }[];
  expect(posts).toEqual([
    expect.objectContaining({ title: 'Fler vägar än B2B och B2C', status: 'published', channels: expect.arrayContaining(['B2B', 'C2E']) }),
  ]);
  expect(posts[0]?.words).toBeGreaterThan(150);

  const threads = kanal('threads', '--json').json() as { id: string; needsReply: number }[];
  expect(threads[0]).toMatchObject({ id: summary.threads[0]?.id, needsReply: 7 });
  const thread = kanal('thread', threads[0]?.id ?? '', '--json').json() as { comments: { text: string; needsReply: boolean; parentId: string | null }[] };
  expect(thread.comments).toHaveLength(7);
  expect(thread.comments[0]?.text).toMatch(/^@Maria Holm: Ja, precis\./);

  const out = join(folder, 'post.html');
  const exported = kanal('export', posts[0]?.id ?? '', '--format', 'html', '--out', out);
  expect(exported.code).toBe(0);
  const html = readFileSync(out, 'utf8');
  expect(html).toContain('<html lang="sv">');
  expect(html).toContain('<h1 class="p-name">Fler vägar än B2B och B2C</h1>');
});

test('a refused file gives exit code 1 and a plain reason; bad usage gives 2', () => {
  const refused = kanal('import', join(importFixtures, 'wxr-malformed.xml'), '--json');
  expect(refused.code).toBe(1);
  expect((refused.json() as { errors: { file: string; message: string; refused: boolean }[] }).errors).toEqual([
    { file: 'wxr-malformed.xml', message: expect.stringContaining('not well-formed XML'), refused: true },
  ]);
  expect(kanal('threads', '--json').json()).toEqual([]);
  expect(kanal('import', join(folder, 'missing.xml')).err).toMatch(/Cannot read .*missing\.xml/);
  expect(kanal('frobnicate').code).toBe(2);
  expect(kanal('export', 'nope', '--format', 'pdf').code).toBe(2);
  expect(kanal('import', join(importFixtures, 'wxr-1.1.xml'), '--format', 'csv').code).toBe(2);
});

test('usage errors exit 2 and name the option or argument; --help lists every command', () => {
  const unknownOption = kanal('posts', '--bogus');
  expect(unknownOption.code).toBe(2);
  expect(unknownOption.err).toContain('--bogus');
  const badFormat = kanal('import', join(importFixtures, 'wxr-1.1.xml'), '--format', 'csv');
  expect(badFormat.code).toBe(2);
  expect(badFormat.err).toMatch(/--format.*csv/);
  expect(kanal('thread').err).toContain('threadId');
  const badPort = kanal('serve', '--port', 'abc');
  expect(badPort.code).toBe(2);
  expect(badPort.err).toContain('--port');
  const help = kanal('--help');
  expect(help.code).toBe(0);
  for (const command of ['posts', 'export <postId>', 'import <file...>', 'threads', 'thread <threadId>', 'serve']) expect(help.out).toContain(`  ${command} `);
  expect(kanal('import', '--help').out).toContain('"wp-html"');
});

test('a big import reports its progress on stderr and its summary on stdout', () => {
  const comment = (post: number, i: number) =>
    `<wp:comment><wp:comment_id>${post * 100 + i}</wp:comment_id><wp:comment_author>Läsare ${i}</wp:comment_author>` +
    `<wp:comment_date_gmt>2024-01-01 10:00:00</wp:comment_date_gmt><wp:comment_content>${'Tack för inlägget! '.repeat(40)}</wp:comment_content>` +
    `<wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>`;
  const items = Array.from({ length: 150 }, (_, post) =>
    `<item><title>Inlägg ${post}</title><link>https://blogg.example/${post}/</link><guid isPermaLink="false">p${post}</guid>` +
    `<content:encoded>Text.</content:encoded><wp:post_id>${post}</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>` +
    `${Array.from({ length: 20 }, (_, i) => comment(post, i)).join('')}</item>`,
  );
  const file = join(folder, 'big.xml');
  writeFileSync(file, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Blogg</title><wp:wxr_version>1.2</wp:wxr_version>${items.join('\n')}</channel></rss>`);
  const imported = kanal('import', file, '--json');
  expect(imported.code).toBe(0);
  expect(imported.err).toMatch(/\rImporting: 100%\n$/);
  expect((imported.json() as { threads: unknown[] }).threads).toHaveLength(150);
});

test('reading commands never move a damaged data file', () => {
  writeFileSync(data, '{"schemaVersion": 1, "posts": [');
  const listed = kanal('posts', '--json');
  expect(listed.code).toBe(1);
  expect(listed.err).toMatch(/cannot be read: it is not valid JSON/);
  expect(readdirSync(folder)).toEqual(['kanal.json']);
});

test('serve prints one line: the address on 127.0.0.1 with its token', async () => {
  const host = spawn(process.execPath, [join(projectRoot, 'bin', 'kanal.mjs'), 'serve', '--port', '0', '--data', data]);
  try {
    const line = await new Promise<string>((resolve) => createInterface({ input: host.stdout }).once('line', resolve));
    expect(line).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+$/);
    const page = await fetch(line);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
  } finally {
    host.kill('SIGTERM');
  }
});

// The shapes the README promises outside tools, on a WordPress export and pasted text.
test('import, threads and thread print the JSON shapes outside tools rely on', () => {
  const imported = kanal('import', join(importFixtures, 'wxr-threads.xml'), join(importFixtures, 'pasted-sv-doubled.txt'), '--json');
  expect(imported.code).toBe(0);
  const summary = imported.json() as { threads: unknown[]; skipped: unknown; errors: unknown[] };
  const count = expect.any(Number);
  expect(summary.skipped).toEqual(expect.objectContaining({ spam: count, trash: count, deleted: count, note: count, duplicate: count, missingThread: count }));
  // The item WordPress would refuse is a warning: the file still imported.
  expect(summary.errors).toEqual([{ file: 'wxr-threads.xml', message: expect.stringContaining('not a post or page'), refused: false }]);
  expect(summary.threads).toHaveLength(5);
  const listed = { id: expect.any(String), title: expect.any(String), postId: expect.any(String), comments: count, needsReply: count };
  for (const t of summary.threads) {
    expect(t).toEqual(expect.objectContaining({ ...listed, added: count, newThread: true, newPost: true, suggestedChannels: expect.any(Array) }));
    expect(t).toHaveProperty('url');
  }

  const threads = kanal('threads', '--json').json() as { id: string; title: string; url: string | null }[];
  expect(threads).toHaveLength(5);
  for (const t of threads) expect(t).toEqual(expect.objectContaining({ ...listed, url: t.url === null ? null : expect.stringMatching(/^https?:\/\//) }));

  const long = threads.find((t) => t.title === 'Threads, ten levels deep');
  const full = kanal('thread', long?.id ?? '', '--json').json() as { comments: Record<string, unknown>[] };
  expect(full).toEqual(expect.objectContaining({ id: long?.id, title: long?.title, url: long?.url, postId: expect.any(String) }));
  expect(full.comments).toHaveLength(18);
  const ids = new Set(full.comments.map((c) => c.id));
  for (const c of full.comments) {
    expect(c).toEqual(
      expect.objectContaining({
        id: expect.any(String), externalId: expect.any(String), author: expect.objectContaining({ name: expect.any(String) }),
        status: expect.stringMatching(/^(approved|pending)$/), kind: expect.stringMatching(/^(comment|pingback|trackback)$/),
        orphan: expect.any(Boolean), byAuthor: expect.any(Boolean), needsReply: expect.any(Boolean), html: expect.any(String), text: expect.any(String),
      }),
    );
    expect(c.parentId === null || ids.has(c.parentId as string)).toBe(true);
    expect(c.date === null || new Date(c.date as string).toISOString() === c.date).toBe(true);
  }
  expect(full.comments.filter((c) => c.parentId !== null)).toHaveLength(10);
  expect(full.comments.filter((c) => c.status === 'pending')).toHaveLength(1);
});
