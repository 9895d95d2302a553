import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { openKanal } from '../electron/core/openKanal';
import { docText } from '../electron/core/shared/content/docText';
import { docWords } from '../electron/core/shared/content/docWords';
import { writeFileDurably } from '../electron/core/store/durableWrite';
import {
  SCHEMA_VERSION,
  type Comment,
  type Doc,
  type PostBody,
  type ThreadBody,
  type ThreadIndex,
} from '../electron/core/shared/schema';
import { BLOG_STEMS } from './seeded';
import type { BenchSizes } from './sizes';
import { absolute, median, relative, samples, timeMs, type Figure } from './figure';

const medianMs = async (runs: number, work: () => unknown): Promise<number> => median(await samples(runs, work));

// The library's shape: fewer threads for --quick; the queue's paint figure uses one long thread and one short.
export interface ThreadShape {
  threads: number;
  commentsPerThread: number;
}
let THREADS = 500;
let COMMENTS_PER_THREAD = 40;

// Real words with their inflections, and 8,000 made-up ones, used as often as words are (a few very often, most
// rarely: Zipf), so the index is about as varied as a real blog's.
const REAL = [...BLOG_STEMS, 'Östersund'].flatMap((stem) =>
  ['', 'en', 'et', 'erna', 'ar', 's'].map((ending) => stem + ending),
);
const LETTERS = 'abdefghijklmnoprstuvyåäö';
const madeUp = (n: number): string =>
  Array.from({ length: 3 + (n % 8) }, (_, i) => LETTERS[(n * 7 + i * 13 + ((n >> i) & 5)) % LETTERS.length]).join('');
// The real words are spread over the ranks: some common, most not.
const VOCABULARY = Array.from({ length: 8000 }, (_, n) =>
  n % 100 === 20 ? (REAL[Math.floor(n / 100)] ?? madeUp(n)) : madeUp(n),
);
let seed = 42;
const random = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const zipf = (): string =>
  VOCABULARY[Math.min(VOCABULARY.length - 1, Math.floor(Math.exp(random() * Math.log(VOCABULARY.length))) - 1)] ?? '';
const sentence = (words: number): string => Array.from({ length: words }, zipf).join(' ');
const word = (n: number): string => VOCABULARY[n % VOCABULARY.length] ?? '';
const doc = (text: string): Doc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

function comment(thread: number, i: number): Comment {
  const id = `c${thread}-${i}`;
  const own = i % 5 === 4;
  const text = own ? `Tack för det, ${sentence(6)}.` : `${sentence(30)}.`;
  return {
    id,
    externalId: id,
    parentId: own || i % 3 === 2 ? `c${thread}-${i - 1}` : null,
    author: { name: own ? 'Karin Skribent' : `Läsare ${(thread + i) % 97}`, url: 'https://example.org/' },
    date: new Date(Date.UTC(2020, 0, 1) + (thread * COMMENTS_PER_THREAD + i) * 3_600_000).toISOString(),
    status: 'approved',
    kind: i === 7 ? 'pingback' : 'comment',
    orphan: false,
    byAuthorSource: own,
    byAuthorOverride: null,
    html: `<p>${text}</p>`,
    text,
    fingerprint: id,
    noReplyNeeded: false,
  };
}

// A library of 500 posts, each with a thread of 40 comments (20,000 in all), written through the library itself.
export async function answerBenchLibrary(
  dataFile: string,
  shape: ThreadShape = { threads: THREADS, commentsPerThread: COMMENTS_PER_THREAD },
): Promise<void> {
  THREADS = shape.threads;
  COMMENTS_PER_THREAD = shape.commentsPerThread;
  const kanal = await openKanal(dataFile);
  const now = new Date().toISOString();
  await kanal.library.commit((data) => {
    const threads = [];
    const posts: PostBody[] = [];
    for (let t = 0; t < THREADS; t++) {
      const text = doc(sentence(200));
      posts.push({ schemaVersion: SCHEMA_VERSION, postId: `p${t}`, doc: text, updatedAt: now });
      data.posts.push({
        id: `p${t}`,
        title: `Inlägg ${t} om ${word(t)}`,
        words: docWords(text),
        channels: [],
        status: 'published',
        lang: 'sv',
        url: null,
        slug: null,
        createdAt: now,
        updatedAt: now,
        publishedAt: now,
        deletedAt: null,
      });
      const body: ThreadBody = {
        schemaVersion: SCHEMA_VERSION,
        threadId: `t${t}`,
        comments: Array.from({ length: COMMENTS_PER_THREAD }, (_, i) => comment(t, i)),
        replies: [],
      };
      const index: ThreadIndex = {
        id: `t${t}`,
        title: `Inlägg ${t}`,
        url: null,
        postId: `p${t}`,
        sourceKey: `k${t}`,
        format: 'wxr',
        sourceFiles: [],
        authorName: null,
        authorEmail: null,
        authorUsername: null,
        commentCount: COMMENTS_PER_THREAD,
        needsReplyCount: 0,
        rev: 0,
        createdAt: now,
        updatedAt: now,
      };
      data.threads.push(index);
      threads.push({ threadId: index.id, rev: 0, body });
    }
    return { result: null, threads, posts };
  });
  await kanal.services.threads.recount();
  await kanal.close();
}

// The longest stretch the event loop was kept from running while `work` ran.
async function longestBlockMs(work: () => Promise<unknown>): Promise<{ ms: number; longest: number }> {
  let longest = 0;
  let running = true;
  const watch = (async () => {
    let last = performance.now();
    while (running) {
      await nextTurn();
      const at = performance.now();
      longest = Math.max(longest, at - last);
      last = at;
    }
  })();
  const ms = await timeMs(work);
  running = false;
  await watch;
  return { ms, longest };
}

export async function answerBench(sizes: BenchSizes): Promise<Figure[]> {
  THREADS = sizes.quick ? 100 : 500;
  const folder = mkdtempSync(join(tmpdir(), 'kanal-bench-answer-'));
  const dataFile = join(folder, 'kanal.json');
  try {
    await answerBenchLibrary(dataFile);
    const kanal = await openKanal(dataFile);
    const { queue, search, replies } = kanal.services;
    const list = () => queue.list({ order: 'newest', offset: 0 });

    // Queue, first call: every body read from disk. Baseline: reading and parsing the same files, nothing else.
    const threadsFolder = join(folder, 'kanal.threads');
    const cold = await timeMs(list);
    const files = await readdir(threadsFolder);
    const parseOnly = await medianMs(3, async () => {
      for (const f of files) JSON.parse(await readFile(join(threadsFolder, f), 'utf8'));
    });
    const waiting = (await list()).items.length;
    // Queue, later calls. Baseline: one pass over the same cached comments, keeping readers' ones, sorted by date.
    const warm = await medianMs(9, list);
    const bodies = await Promise.all(kanal.library.data.threads.map((t) => kanal.library.readThreadBody(t)));
    const plainPass = await medianMs(9, () =>
      bodies
        .flatMap((b) => b.comments.filter((c) => !c.byAuthorSource && c.kind === 'comment'))
        .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')),
    );

    // Search: the first query builds the index. Baseline: a plain substring scan of the same texts.
    const texts = [
      ...(
        await Promise.all(
          kanal.library.data.posts.map(async (p) => [p.title, docText((await kanal.library.readPostBody(p)).doc)]),
        )
      ).flat(),
      ...bodies.flatMap((b) => b.comments.flatMap((c) => [c.text, c.author.name])),
    ];
    const scan = (needle: string) => texts.filter((t) => t.toLowerCase().includes(needle)).length;
    const heapBefore = process.memoryUsage().heapUsed;
    const cpuBefore = process.cpuUsage().user;
    const build = await longestBlockMs(() => search.query({ query: 'zzzz', limit: 20 }));
    const buildCpu = (process.cpuUsage().user - cpuBefore) / 1000;
    const indexMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    const scanMs = await medianMs(9, () => scan('varumärke'));
    const oneQuery = await longestBlockMs(() => search.query({ query: 'varumarke', limit: 20 }));
    // Folded, a typo, two words, a prefix while typing, and the commonest word.
    const queries = ['varumarke', 'konsumnet', 'förtroende relation', 'läs', VOCABULARY[0] ?? ''];
    const perQuery: string[] = [];
    const queryMedians: number[] = [];
    for (const q of queries) {
      const ms = await medianMs(5, () => search.query({ query: q, limit: 20 }));
      const { counts } = await search.query({ query: q, limit: 20 });
      perQuery.push(`"${q}" ${ms.toFixed(1)} ms (${counts.post + counts.comment + counts.reply} hits)`);
      queryMedians.push(ms);
    }
    const slowest = Math.max(...queryMedians);
    const queryMs = await medianMs(9, async () => {
      for (const q of queries) await search.query({ query: q, limit: 20 });
    });
    const scanAll = await medianMs(9, () => queries.forEach((q) => scan(q)));

    // A reply's autosave in this library: only its thread's file. Baseline: writing that file durably, nothing else.
    const target = (await list()).items[0];
    const thread = kanal.library.data.threads.find((t) => t.id === target?.threadId);
    if (!target || !thread) throw new Error('the generated library has no comment waiting');
    let n = 0;
    const autosave = await medianMs(9, () =>
      replies.save({ threadId: target.threadId, commentId: target.commentId, doc: doc(`Utkast ${n++}`) }),
    );
    const body = await kanal.library.readThreadBody(thread);
    const bareWrite = await medianMs(9, () => writeFileDurably(join(folder, 'bare.json'), JSON.stringify(body)));
    await kanal.close();

    const comments = THREADS * COMMENTS_PER_THREAD;
    return [
      relative(
        `reply queue, first call (${waiting} of ${comments} comments waiting, ${THREADS} threads), vs reading+parsing the thread files`,
        [cold],
        [parseOnly],
        null,
      ),
      relative('reply queue, later calls, vs one filter+sort pass over the cached comments', [warm], [plainPass], null),
      relative(
        `search index build (first query; ${buildCpu.toFixed(0)} ms CPU, heap +${indexMb.toFixed(0)} MB), vs one substring scan of the same texts`,
        [build.ms],
        [scanMs],
        null,
      ),
      absolute('search index build: longest event-loop block', 'ms', [build.longest], 50),
      absolute('search, one query on the built index: longest event-loop block', 'ms', [oneQuery.longest], 50),
      relative(
        `search, ${queries.length} queries (prefix, fuzzy, folded), vs substring scans of the same texts: ${perQuery.join(', ')}`,
        [queryMs],
        [scanAll],
        null,
      ),
      relative(
        `search, the slowest of those queries over ${THREADS * COMMENTS_PER_THREAD} comments, vs a substring scan of the same texts for "varumärke"`,
        [slowest],
        [scanMs],
        null,
      ),
      absolute(
        `search, the slowest of those queries over ${THREADS * COMMENTS_PER_THREAD} comments`,
        'ms',
        [slowest],
        30,
      ),
      relative(
        "reply autosave (that thread's file only), vs a durable write of the same file",
        [autosave],
        [bareWrite],
        null,
      ),
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
