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

test('import, list, show and export a pasted Swedish post', () => {
  const imported = kanal('import', join(importFixtures, 'pasted-sv-doubled.txt'), '--json');
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
      title: 'Fler vägar än B2B och B2C',
      status: 'published',
      channels: expect.arrayContaining(['B2B', 'C2E']),
    }),
  ]);
  expect(posts[0]?.words).toBeGreaterThan(150);

  const threads = kanal('threads', '--json').json() as { id: string; needsReply: number }[];
  expect(threads[0]).toMatchObject({ id: summary.threads[0]?.id, needsReply: 7 });
  const thread = kanal('thread', threads[0]?.id ?? '', '--json').json() as {
    comments: { text: string; needsReply: boolean; parentId: string | null }[];
  };
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
    {
      file: 'wxr-malformed.xml',
      message: expect.stringContaining('not well-formed XML'),
      refused: true,
      code: 'malformed-xml',
      params: expect.objectContaining({ line: expect.any(Number), column: expect.any(Number) }),
    },
  ]);
  expect(kanal('threads', '--json').json()).toEqual([]);
  expect(kanal('import', join(folder, 'missing.xml')).err).toMatch(/Cannot read .*missing\.xml/);
  expect(kanal('frobnicate').code).toBe(2);
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
  for (const command of ['posts', 'export [postId...]', 'import <file...>', 'threads', 'thread <threadId>', 'serve'])
    expect(help.out).toContain(`  ${command} `);
  expect(kanal('import', '--help').out).toContain('"wp-html"');
});

test('a big import reports its progress on stderr and its summary on stdout', () => {
  const comment = (post: number, i: number) =>
    `<wp:comment><wp:comment_id>${post * 100 + i}</wp:comment_id><wp:comment_author>Läsare ${i}</wp:comment_author>` +
    `<wp:comment_date_gmt>2024-01-01 10:00:00</wp:comment_date_gmt><wp:comment_content>${'Tack för inlägget! '.repeat(40)}</wp:comment_content>` +
    `<wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>`;
  const items = Array.from(
    { length: 150 },
    (_, post) =>
      `<item><title>Inlägg ${post}</title><link>https://blogg.example/${post}/</link><guid isPermaLink="false">p${post}</guid>` +
      `<content:encoded>Text.</content:encoded><wp:post_id>${post}</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>` +
      `${Array.from({ length: 20 }, (_, i) => comment(post, i)).join('')}</item>`,
  );
  const file = join(folder, 'big.xml');
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Blogg</title><wp:wxr_version>1.2</wp:wxr_version>${items.join('\n')}</channel></rss>`,
  );
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
  const imported = kanal(
    'import',
    join(importFixtures, 'wxr-threads.xml'),
    join(importFixtures, 'pasted-sv-doubled.txt'),
    '--json',
  );
  expect(imported.code).toBe(0);
  const summary = imported.json() as { threads: unknown[]; skipped: unknown; errors: unknown[] };
  const count = expect.any(Number);
  expect(summary.skipped).toEqual(
    expect.objectContaining({
      spam: count,
      trash: count,
      deleted: count,
      note: count,
      duplicate: count,
      missingThread: count,
    }),
  );
  // The item WordPress would refuse is a warning: the file still imported.
  expect(summary.errors).toEqual([
    { file: 'wxr-threads.xml', message: expect.stringContaining('not a post or page'), refused: false },
  ]);
  expect(summary.threads).toHaveLength(5);
  const listed = {
    id: expect.any(String),
    title: expect.any(String),
    postId: expect.any(String),
    comments: count,
    needsReply: count,
  };
  for (const t of summary.threads) {
    expect(t).toEqual(
      expect.objectContaining({
        ...listed,
        added: count,
        newThread: true,
        newPost: true,
        suggestedChannels: expect.any(Array),
      }),
    );
    expect(t).toHaveProperty('url');
  }

  const threads = kanal('threads', '--json').json() as { id: string; title: string; url: string | null }[];
  expect(threads).toHaveLength(5);
  for (const t of threads)
    expect(t).toEqual(
      expect.objectContaining({ ...listed, url: t.url === null ? null : expect.stringMatching(/^https?:\/\//) }),
    );

  const long = threads.find((t) => t.title === 'Threads, ten levels deep');
  const full = kanal('thread', long?.id ?? '', '--json').json() as { comments: Record<string, unknown>[] };
  expect(full).toEqual(
    expect.objectContaining({ id: long?.id, title: long?.title, url: long?.url, postId: expect.any(String) }),
  );
  expect(full.comments).toHaveLength(18);
  const ids = new Set(full.comments.map((c) => c.id));
  for (const c of full.comments) {
    expect(c).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        externalId: expect.any(String),
        author: expect.objectContaining({ name: expect.any(String) }),
        status: expect.stringMatching(/^(approved|pending)$/),
        kind: expect.stringMatching(/^(comment|pingback|trackback)$/),
        orphan: expect.any(Boolean),
        byAuthor: expect.any(Boolean),
        needsReply: expect.any(Boolean),
        html: expect.any(String),
        text: expect.any(String),
      }),
    );
    expect(c.parentId === null || ids.has(c.parentId as string)).toBe(true);
    expect(c.date === null || new Date(c.date as string).toISOString() === c.date).toBe(true);
  }
  expect(full.comments.filter((c) => c.parentId !== null)).toHaveLength(10);
  expect(full.comments.filter((c) => c.status === 'pending')).toHaveLength(1);
});

// Answering readers from the command line, on a library with two posts and their conversations.
const conversations = join(projectRoot, 'tests', 'fixtures', 'replies', 'samtal.xml');
type QueueEntry = {
  threadId: string;
  commentId: string;
  postId: string | null;
  author: { name: string };
  date: string | null;
  text: string;
};
type ThreadJson = {
  id: string;
  comments: { id: string; author: { name: string }; needsReply: boolean; noReplyNeeded: boolean }[];
  replies: {
    id: string;
    commentId: string;
    status: string;
    html: string;
    text: string;
    createdAt: string;
    updatedAt: string;
  }[];
};
const importConversations = () => expect(kanal('import', conversations).code).toBe(0);
const queue = (...args: string[]) => kanal('queue', '--json', ...args).json() as QueueEntry[];
const threadJson = (id: string) => kanal('thread', id, '--json').json() as ThreadJson;
const waiting = (name: string, entries = queue()) => {
  const entry = entries.find((q) => q.author.name === name);
  if (!entry) throw new Error(`${name} is not in the queue`);
  return entry;
};

test('queue lists every comment that needs a reply, newest first, in the promised shape', () => {
  importConversations();
  const entries = queue();
  expect(entries.map((q) => q.author.name)).toEqual(['Åsa Ørsted', 'David', 'Cecilia', 'Bengt', 'Erik Groß']);
  for (const q of entries)
    expect(Object.keys(q).sort()).toEqual(['author', 'commentId', 'date', 'postId', 'text', 'threadId']);
  expect(entries[0]).toEqual({
    threadId: expect.any(String),
    commentId: expect.any(String),
    postId: expect.any(String),
    author: { name: 'Åsa Ørsted' },
    date: '2024-04-01T12:00:00.000Z',
    text: 'Bra om kommunikationsvägar mellan konsumenter.',
  });
  expect(queue('--oldest').map((q) => q.commentId)).toEqual(entries.map((q) => q.commentId).reverse());

  const lines = kanal('queue');
  expect(lines.code).toBe(0);
  const printed = lines.out.trimEnd().split('\n');
  expect(printed).toHaveLength(5);
  expect(printed[0]).toContain(
    'Åsa Ørsted on "Kanaler för konsumenter": Bra om kommunikationsvägar mellan konsumenter.',
  );
});

test('reply with text or HTML, mark a comment: thread and queue show it', () => {
  importConversations();
  const before = queue();
  const [asa, erik, bengt] = ['Åsa Ørsted', 'Erik Groß', 'Bengt'].map((name) => waiting(name, before));
  if (!asa || !erik || !bengt) throw new Error('the fixture lost a waiting comment');
  const made = kanal('reply', asa.threadId, asa.commentId, '--text', 'Tack för kommentaren!', '--done', '--json');
  expect(made.code).toBe(0);
  expect(made.json()).toEqual({ id: expect.any(String), status: 'done' });

  const html = join(folder, 'reply.html');
  writeFileSync(html, '<p onclick="steal()">Danke, <b>Erik</b>!<script>alert(1)</script></p>');
  const draft = kanal('reply', erik.threadId, erik.commentId, '--html-file', html);
  expect(draft.code).toBe(0);
  expect(draft.out).toMatch(/^Saved the reply as a draft to comment \S+ \(reply \S+\)\.\n$/);

  const thread = threadJson(asa.threadId);
  expect(thread.replies).toHaveLength(2);
  for (const r of thread.replies)
    expect(Object.keys(r).sort()).toEqual(['commentId', 'createdAt', 'html', 'id', 'status', 'text', 'updatedAt']);
  expect(thread.replies.find((r) => r.commentId === asa.commentId)).toMatchObject({
    id: (made.json() as { id: string }).id,
    status: 'done',
    text: 'Tack för kommentaren!',
  });
  // The HTML went through the import sanitizer: the markup stays, the script and the handler do not.
  expect(thread.replies.find((r) => r.commentId === erik.commentId)).toMatchObject({
    status: 'draft',
    html: '<p>Danke, <strong>Erik</strong>!</p>',
    text: 'Danke, Erik!',
  });
  expect(thread.comments.find((c) => c.id === asa.commentId)).toMatchObject({
    needsReply: false,
    noReplyNeeded: false,
  });
  // A draft does not answer the comment yet.
  expect(thread.comments.find((c) => c.id === erik.commentId)).toMatchObject({
    needsReply: true,
    noReplyNeeded: false,
  });
  expect(queue().map((q) => q.author.name)).not.toContain('Åsa Ørsted');

  const text = kanal('thread', asa.threadId).out.split('\n');
  const asaLine = text.findIndex((line) => line.startsWith('- Åsa Ørsted'));
  expect(text[asaLine + 1]).toMatch(/^ {2}> your reply \[done\] .*: Tack för kommentaren!$/);
  const erikLine = text.findIndex((line) => line.startsWith('- Erik Groß'));
  expect(text[erikLine + 1]).toMatch(/^ {2}> your reply \[draft\] .*: Danke, Erik!$/);

  const marked = kanal('mark', bengt.threadId, bengt.commentId, '--no-reply-needed');
  expect(marked.code).toBe(0);
  expect(marked.out).toBe("Marked Bengt's comment as needing no reply.\n");
  expect(threadJson(bengt.threadId).comments.find((c) => c.id === bengt.commentId)).toMatchObject({
    needsReply: false,
    noReplyNeeded: true,
  });
  expect(kanal('thread', bengt.threadId).out).toMatch(/- Bengt .*\[no reply needed\]/);
  expect(queue().map((q) => q.author.name)).toEqual(['David', 'Cecilia', 'Erik Groß']);
  expect(kanal('mark', bengt.threadId, bengt.commentId, '--needs-reply').code).toBe(0);
  expect(threadJson(bengt.threadId).comments.find((c) => c.id === bengt.commentId)).toMatchObject({
    needsReply: true,
    noReplyNeeded: false,
  });
});

test('search finds posts, comments and replies, best first, with plain-text snippets', () => {
  importConversations();
  const { threadId } = waiting('David');
  const anna = threadJson(threadId).comments.find((c) => c.author.name === 'Anna Lind');
  expect(
    kanal('reply', threadId, anna?.id ?? '', '--text', 'Östersund är en fin stad för varumärken.', '--done').code,
  ).toBe(0);

  const found = kanal('search', 'Östersund', '--json');
  expect(found.code).toBe(0);
  const hits = found.json() as {
    kind: string;
    id: string;
    threadId: string | null;
    postId: string | null;
    title: string;
    snippet: string;
    score: number;
  }[];
  expect(new Set(hits.map((h) => h.kind))).toEqual(new Set(['post', 'comment', 'reply']));
  for (const h of hits) {
    expect(Object.keys(h).sort()).toEqual(['id', 'kind', 'postId', 'score', 'snippet', 'threadId', 'title']);
    expect(h.snippet).not.toMatch(/<[a-z]/i);
  }
  expect(hits.map((h) => h.score)).toEqual(hits.map((h) => h.score).sort((a, b) => b - a));
  expect(hits.find((h) => h.kind === 'reply')).toMatchObject({
    title: 'Varumärken i Östersund',
    snippet: expect.stringContaining('Östersund är en fin stad'),
  });
  expect(kanal('search', 'Östersund').out).toMatch(/^reply {3}Varumärken i Östersund: Östersund är en fin stad/m);
  expect(kanal('search', 'zebrafink', '--json').json()).toEqual([]);
});

test('refused input exits 1 with one plain line on stderr', () => {
  importConversations();
  const bengt = waiting('Bengt');
  const refusals: [string[], string][] = [
    [['thread', 'no-such-thread'], 'kanal: No comment thread with id no-such-thread.\n'],
    [
      ['reply', 'no-such-thread', bengt.commentId, '--text', 'Hej'],
      'kanal: No comment thread with id no-such-thread.\n',
    ],
    [['reply', bengt.threadId, 'no-such-comment', '--text', 'Hej'], 'kanal: No comment with id no-such-comment.\n'],
    [
      ['reply', bengt.threadId, bengt.commentId, '--text', '   '],
      'kanal: An empty reply cannot be finished: write something first.\n',
    ],
    [
      ['reply', bengt.threadId, bengt.commentId, '--html-file', join(folder, 'reply.html')],
      `kanal: Cannot read ${join(folder, 'reply.html')}: there is no such file or folder. Check the name and the folder, then try again.\n`,
    ],
    [
      ['reply', bengt.threadId, bengt.commentId, '--html-file', folder],
      `kanal: Cannot read ${folder}: it is a folder, not a file. Give the name of a file inside it.\n`,
    ],
    [['mark', bengt.threadId, 'no-such-comment', '--no-reply-needed'], 'kanal: No comment with id no-such-comment.\n'],
    [
      ['import', join(folder, 'missing.xml')],
      `kanal: Cannot read ${join(folder, 'missing.xml')}: there is no such file or folder. Check the name and the folder, then try again.\n`,
    ],
  ];
  for (const [args, message] of refusals) {
    const run = kanal(...args);
    expect({ args, code: run.code, err: run.err, out: run.out }).toEqual({ args, code: 1, err: message, out: '' });
  }
  expect(threadJson(bengt.threadId).replies).toEqual([]);
});

test('reply and mark refuse bad usage with exit code 2, naming the options', () => {
  importConversations();
  const { threadId, commentId } = waiting('Bengt');
  const usage: [string[], RegExp][] = [
    [['reply', threadId, commentId], /--text.*--html-file/],
    [
      ['reply', threadId, commentId, '--text', 'Hej', '--html-file', 'reply.html'],
      /'--text <text>' cannot be used with option '--html-file <file>'/,
    ],
    [['reply', threadId], /commentId/],
    [['mark', threadId, commentId], /--no-reply-needed.*--needs-reply/],
    [
      ['mark', threadId, commentId, '--needs-reply', '--no-reply-needed'],
      /--no-reply-needed.*--needs-reply|--needs-reply.*--no-reply-needed/,
    ],
    [['search'], /query/],
    [['queue', '--newest'], /--newest/],
  ];
  for (const [args, message] of usage) {
    const run = kanal(...args);
    expect({ args, code: run.code }).toEqual({ args, code: 2 });
    expect(run.err).toMatch(message);
  }
  expect(threadJson(threadId).replies).toEqual([]);
  const help = kanal('--help').out;
  for (const command of ['queue', 'reply <threadId> <commentId>', 'mark <threadId> <commentId>', 'search <query>'])
    expect(help).toContain(`  ${command} `);
});

test('a command that sets a damaged data file aside says so on stderr, once', () => {
  writeFileSync(data, '{"schemaVersion": 1, "posts": [');
  const imported = kanal('import', conversations);
  expect(imported.code).toBe(0);
  const aside = readdirSync(folder).find((name) => name.startsWith('kanal.unreadable-'));
  expect(aside).toBeDefined();
  expect(imported.err).toBe(
    `kanal: Kanal could not read its data file because it is not valid JSON (Unexpected end of JSON input). The file was kept unchanged as ${join(folder, aside ?? '')} and an empty library was started.\n`,
  );
  expect(readFileSync(join(folder, aside ?? ''), 'utf8')).toBe('{"schemaVersion": 1, "posts": [');
  const next = kanal('queue');
  expect(next.code).toBe(0);
  expect(next.err).toBe('');
});

test('serve prints the library notices on stderr; reading commands work beside it, writing ones are refused', async () => {
  writeFileSync(data, 'null');
  const host = spawn(process.execPath, [join(projectRoot, 'bin', 'kanal.mjs'), 'serve', '--port', '0', '--data', data]);
  try {
    const notice = await new Promise<string>((resolve) =>
      createInterface({ input: host.stderr }).once('line', resolve),
    );
    expect(notice).toMatch(
      /^kanal: Kanal could not read its data file because it does not hold a Kanal library\. The file was kept unchanged as .*kanal\.unreadable-.* and an empty library was started\.$/,
    );
    await new Promise<string>((resolve) => createInterface({ input: host.stdout }).once('line', resolve));
    expect(kanal('queue', '--json')).toMatchObject({ code: 0, out: '[]\n' });
    expect(kanal('search', 'Östersund', '--json')).toMatchObject({ code: 0, out: '[]\n' });
    const refused = kanal('mark', 'some-thread', 'some-comment', '--needs-reply');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(
      /^kanal: .*kanal\.json is already open in another Kanal \(process \d+\)\. Close it there first\.\n$/,
    );
  } finally {
    host.kill('SIGTERM');
  }
});
