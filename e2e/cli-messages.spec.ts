import { test, expect } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFixtures, projectRoot } from './fixtures';

// What `kanal` says when something goes wrong: a sentence naming the file or port and what to do, an exit code of
// 0, 1 or 2, and no library left behind by a command that failed.
let folder: string;
const kanal = (...args: string[]) => {
  const run = spawnSync(process.execPath, [join(projectRoot, 'bin', 'kanal.mjs'), ...args], {
    encoding: 'utf8',
    cwd: folder,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
};
const inLibrary = (...args: string[]) => kanal('--data', join(folder, 'lib', 'kanal.json'), ...args);
const newLibrary = (...args: string[]) => kanal('--data', join(folder, 'new', 'kanal.json'), ...args);

// No errno code (ENOENT, EISDIR, EADDRINUSE …), no syscall and no temporary file's name in a message.
const expectPlain = (message: string) => {
  expect(message).not.toMatch(/\bE[A-Z]{3,}\b/);
  expect(message).not.toMatch(/\b(listen|open|read|rename|scandir),? '/);
  expect(message).not.toMatch(/\.tmp\b/);
  expect(message.trim().split('\n')).toHaveLength(1);
};

const postId = (): string => {
  const posts = JSON.parse(inLibrary('posts', '--json').out) as { id: string }[];
  return posts[0]?.id ?? '';
};
const threadAndComment = (): [string, string] => {
  const [thread] = JSON.parse(inLibrary('threads', '--json').out) as { id: string }[];
  const detail = JSON.parse(inLibrary('thread', thread?.id ?? '', '--json').out) as { comments: { id: string }[] };
  return [thread?.id ?? '', detail.comments[0]?.id ?? ''];
};

const takePort = (): Promise<Server> =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
const portOf = (server: Server): number => (server.address() as { port: number }).port;

test.beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'kanal-cli-messages-'));
  expect(inLibrary('import', join(importFixtures, 'pasted-sv.txt')).code).toBe(0);
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

test('a missing file is named, with what to do, and exits 1', () => {
  const missing = inLibrary('import', 'saknas.xml');
  expect(missing.code).toBe(1);
  expect(missing.err).toBe(
    'kanal: Cannot read saknas.xml: there is no such file or folder. Check the name and the folder, then try again.\n',
  );
  const reply = inLibrary('reply', ...threadAndComment(), '--html-file', 'svar.html');
  expect(reply.code).toBe(1);
  expect(reply.err).toContain('Cannot read svar.html: there is no such file or folder.');
  expectPlain(reply.err);
});

test('a folder given for a file is named as a folder, for an import, the library and --out', () => {
  mkdirSync(join(folder, 'mapp'));
  const imported = inLibrary('import', 'mapp');
  expect(imported.code).toBe(1);
  expect(imported.err).toBe(
    'kanal: Cannot read mapp: it is a folder, not a file. Give the name of a file inside it.\n',
  );

  const library = kanal('--data', join(folder, 'mapp'), 'posts');
  expect(library.code).toBe(1);
  expect(library.err).toContain(`Cannot open ${join(folder, 'mapp')}: it is a folder, not a file.`);
  expectPlain(library.err);

  const exported = inLibrary('export', postId(), '--out', 'mapp');
  expect(exported.code).toBe(1);
  expect(exported.err).toBe(
    'kanal: Cannot write mapp: it is a folder, not a file. Give the name of a file inside it.\n',
  );
});

test('an --out in a folder that does not exist names that file, not a temporary one', () => {
  const out = join(folder, 'saknas', 'inlagg.html');
  const exported = inLibrary('export', postId(), '--out', out);
  expect(exported.code).toBe(1);
  expect(exported.err).toBe(
    `kanal: Cannot write ${out}: there is no such file or folder. Check the name and the folder, then try again.\n`,
  );
  expect(existsSync(join(folder, 'saknas'))).toBe(false);
});

test('a port in use is named, with what to do; the new library it would have served is not left behind', async () => {
  const taken = await takePort();
  try {
    const served = newLibrary('serve', '--port', String(portOf(taken)));
    expect(served.code).toBe(1);
    expect(served.err).toBe(
      `kanal: Cannot serve on port ${portOf(taken)}: another program is already using it. Give another port with --port, or --port 0 for any free one.\n`,
    );
    expect(existsSync(join(folder, 'new'))).toBe(false);
  } finally {
    taken.close();
  }
});

test('a refused import or a missing file leaves no new library: no data file, no threads folder, no lock', () => {
  mkdirSync(join(folder, 'new'));
  writeFileSync(join(folder, 'new', 'notes.txt'), 'the author’s own file');
  const refused = newLibrary('import', join(importFixtures, 'wxr-malformed.xml'));
  expect(refused.code).toBe(1);
  expect(refused.out).toContain('Refused: ');
  expect(readdirSync(join(folder, 'new'))).toEqual(['notes.txt']);

  expect(newLibrary('import', 'saknas.xml').code).toBe(1);
  expect(readdirSync(join(folder, 'new'))).toEqual(['notes.txt']);

  const deep = kanal('--data', join(folder, 'a', 'b', 'kanal.json'), 'import', join(importFixtures, 'xxe.xml'));
  expect(deep.code).toBe(1);
  expect(existsSync(join(folder, 'a'))).toBe(false);
});

test('a failed command keeps a library that holds something, even a new one', () => {
  const mixed = newLibrary('import', join(importFixtures, 'pasted-sv.txt'), join(importFixtures, 'xxe.xml'));
  expect(mixed.code).toBe(1);
  expect(readdirSync(join(folder, 'new'))).toEqual(expect.arrayContaining(['kanal.json', 'kanal.threads']));
  expect(JSON.parse(newLibrary('threads', '--json').out)).toHaveLength(1);
});

// Each command: what it does (0), a refused input or failed operation (1), a usage error naming the option (2).
const usageOf: Record<string, string> = {
  posts: 'Usage: kanal posts [--json]',
  export:
    'Usage: kanal export [postId...] [--format <format>] [--with-thread] [--replies-only] [--pingbacks] [--pending] [--no-stylesheet] [--embed-images] [--all] [--status <status>] [--channel <code>] [--out <path>]',
  import: 'Usage: kanal import <file...> [--format <format>] [--json]',
  threads: 'Usage: kanal threads [--json]',
  thread: 'Usage: kanal thread <threadId> [--json]',
  queue: 'Usage: kanal queue [--json] [--oldest]',
  reply: 'Usage: kanal reply <threadId> <commentId> [--text <text>] [--html-file <file>] [--done] [--json]',
  mark: 'Usage: kanal mark <threadId> <commentId> [--no-reply-needed] [--needs-reply]',
  search: 'Usage: kanal search <query> [--json]',
  serve: 'Usage: kanal serve [--port <n>]',
};

test('every command exits 0 when done, 1 when refused, 2 on a usage error that names the option and shows its usage', () => {
  const [threadId, commentId] = threadAndComment();
  const cases: { command: string; done: string[]; refused: string[]; usage: string[]; names: string }[] = [
    { command: 'posts', done: [], refused: [], usage: ['--sort'], names: '--sort' },
    { command: 'export', done: [postId()], refused: ['nope'], usage: [postId(), '--colour'], names: '--colour' },
    {
      command: 'import',
      done: [join(importFixtures, 'pasted-sv.txt')],
      refused: [join(importFixtures, 'xxe.xml')],
      usage: [],
      names: "'file'",
    },
    { command: 'threads', done: [], refused: [], usage: ['--all'], names: '--all' },
    { command: 'thread', done: [threadId], refused: ['nope'], usage: [], names: "'threadId'" },
    { command: 'queue', done: [], refused: [], usage: ['--newest'], names: '--newest' },
    {
      command: 'reply',
      done: [threadId, commentId, '--text', 'Tack!'],
      refused: ['nope', commentId, '--text', 'Tack!'],
      usage: [threadId, commentId],
      names: '--text or --html-file',
    },
    {
      command: 'mark',
      done: [threadId, commentId, '--no-reply-needed'],
      refused: [threadId, 'nope', '--needs-reply'],
      usage: [threadId, commentId],
      names: '--no-reply-needed or --needs-reply',
    },
    { command: 'search', done: ['kanal'], refused: [], usage: [], names: "'query'" },
    { command: 'serve', done: [], refused: [], usage: ['--port', 'abc'], names: '--port' },
  ];
  for (const { command, done, refused, usage, names } of cases) {
    if (command !== 'serve') expect(inLibrary(command, ...done).code, `${command} done`).toBe(0);
    if (refused.length > 0) {
      const failed = inLibrary(command, ...refused);
      expect(failed.code, `${command} refused`).toBe(1);
      expectPlain(failed.err);
    }
    const wrong = inLibrary(command, ...usage);
    expect(wrong.code, `${command} usage`).toBe(2);
    expect(wrong.err, `${command} usage`).toContain(names);
    expect(wrong.err, `${command} usage`).toContain(`${usageOf[command]}\n`);
  }
});

test('serve exits 0 when it is stopped', async () => {
  const host = spawn(process.execPath, [
    join(projectRoot, 'bin', 'kanal.mjs'),
    'serve',
    '--data',
    join(folder, 'lib', 'kanal.json'),
  ]);
  await new Promise((resolve) => host.stdout.once('data', resolve));
  const exit = new Promise<number | null>((resolve) => host.once('exit', resolve));
  host.kill('SIGTERM');
  expect(await exit).toBe(0);
});
