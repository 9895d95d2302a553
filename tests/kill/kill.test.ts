import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../electron/core/store/library';
import { docText } from '../../electron/core/shared/content/docText';

// Writers SIGKILLed at random moments; after every kill the library must open as it is, pass the schema, and hold
// every save the writer reported done before it died.
const ROUNDS = Number(process.env.KANAL_KILL_ROUNDS ?? 300);
// Writers on libraries of their own, side by side: a writer mostly waits for its kill, so four share two cores.
const LANES = 4;
// The share of writers that also import comments.
const IMPORT_SHARE = 0.3;
const projectRoot = join(import.meta.dirname, '..', '..');
const cli = join(projectRoot, 'out', 'cli', 'kanal.mjs');

let folder: string;
let writer: string;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'kanal-kill-'));
  writer = join(folder, 'writer', 'writer.mjs');
  // Bundled like the CLI: what loads on demand (the importer) stays in a chunk of its own.
  await build({
    entryPoints: [join(import.meta.dirname, 'writer.ts')],
    outdir: join(folder, 'writer'),
    outExtension: { '.js': '.mjs' },
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface Acknowledged {
  posts: Map<string, number>;
  threads: Map<string, number>;
}

interface Counts {
  rounds: number;
  killedStarting: number;
  killedWriting: number;
  postSaves: number;
  imports: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// One writer's life: started, left to work for a random while (sometimes killed before it is even ready), killed.
async function oneRound(dataFile: string, lane: number, acked: Acknowledged, counts: Counts): Promise<void> {
  const mode = Math.random() < IMPORT_SHARE ? 'imports' : 'posts';
  const child: ChildProcess = spawn(process.execPath, [writer, dataFile, String(lane), mode], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let ready = false;
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const lines = createInterface({ input: child.stdout! });
  lines.on('line', (line) => {
    const [kind, id = '', value = '0'] = line.split(' ');
    if (kind === 'ready') ready = true;
    if (kind === 'post') {
      acked.posts.set(id, Math.max(acked.posts.get(id) ?? 0, Number(value)));
      counts.postSaves += 1;
    }
    if (kind === 'import') {
      acked.threads.set(id, Math.max(acked.threads.get(id) ?? 0, Number(value)));
      counts.imports += 1;
    }
  });
  const startAt = Date.now();
  const killDuringStart = Math.random() < 0.2;
  if (killDuringStart) await pause(Math.random() * 300);
  else {
    while (!ready && child.exitCode === null && Date.now() - startAt < 20_000) await pause(5);
    // An import takes longer than a post's save: its writer is given longer to reach the moments that matter.
    await pause(Math.random() * (mode === 'imports' ? 1500 : 400));
  }
  if (child.exitCode !== null) throw new Error(`the writer stopped by itself: ${stderr}`);
  if (ready) counts.killedWriting += 1;
  else counts.killedStarting += 1;
  child.kill('SIGKILL');
  await exited;
  counts.rounds += 1;
}

// What the next start finds: the library opens without setting anything aside, and holds every acknowledged save.
async function verify(dataFile: string, acked: Acknowledged): Promise<void> {
  const library = await Library.open(dataFile);
  try {
    expect(library.notices).toEqual([]);
    for (const [id, counter] of acked.posts) {
      const post = library.data.posts.find((p) => p.id === id);
      const stored = Number(/^n(\d+)$/.exec(post?.title ?? '')?.[1] ?? -1);
      expect(stored, `post ${id}`).toBeGreaterThanOrEqual(counter);
      // The root (title) is written before the post's body file: the body holds every acknowledged save, and never
      // one that the title has not reached.
      const body = post ? docText((await library.readPostBody(post)).doc) : '';
      const inBody = Number(/^body (\d+)$/.exec(body)?.[1] ?? -1);
      if (body !== '') expect(inBody, `body of post ${id}`).toBeLessThanOrEqual(stored);
      if (body !== '' && counter > 0) expect(inBody, `body of post ${id}`).toBeGreaterThanOrEqual(counter);
    }
    for (const [id, comments] of acked.threads) {
      const thread = library.data.threads.find((t) => t.id === id);
      expect(thread?.commentCount ?? -1, `thread ${id}`).toBeGreaterThanOrEqual(comments);
      const body = await library.readThreadBody(thread!);
      expect(body.comments.length).toBe(thread?.commentCount);
    }
  } finally {
    await library.close();
  }
}

describe('a writer killed at random moments', () => {
  it(`loses nothing it acknowledged, over ${ROUNDS} kills`, async () => {
    const started = Date.now();
    const counts: Counts = { rounds: 0, killedStarting: 0, killedWriting: 0, postSaves: 0, imports: 0 };
    const lanes = Array.from({ length: LANES }, async (_, lane) => {
      const dataFile = join(folder, `lane-${lane}`, 'kanal.json');
      const acked: Acknowledged = { posts: new Map(), threads: new Map() };
      const rounds = Math.ceil(ROUNDS / LANES);
      for (let round = 0; round < rounds; round++) {
        await oneRound(dataFile, lane, acked, counts);
        await verify(dataFile, acked);
      }
      return acked;
    });
    const acked = await Promise.all(lanes);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    console.log(
      `kill test: ${counts.rounds} kills (${counts.killedStarting} while starting, ${counts.killedWriting} while writing), ` +
        `${counts.postSaves} post saves and ${counts.imports} imports acknowledged, all found after every kill, ` +
        `${acked.reduce((n, a) => n + a.posts.size, 0)} posts and ${acked.reduce((n, a) => n + a.threads.size, 0)} threads checked, in ${seconds} s`,
    );
    expect(counts.rounds).toBeGreaterThanOrEqual(ROUNDS);
    expect(counts.killedWriting).toBeGreaterThan(0);
    expect(counts.postSaves).toBeGreaterThan(0);
    expect(counts.imports).toBeGreaterThan(0);
  });
});

const kanal = (dataFile: string, ...args: string[]) =>
  new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(process.execPath, [cli, ...args, '--data', dataFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('close', (code) => resolve({ code, out, err }));
  });
const fixture = (name: string) => join(projectRoot, 'tests', 'fixtures', 'import', name);

describe('two processes on one library', () => {
  beforeAll(() => {
    if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first.`);
  });

  it('refuses the second writer, a CLI import or restore beside a running one, and loses nothing', async () => {
    const dataFile = join(folder, 'one-library', 'kanal.json');
    expect((await kanal(dataFile, 'import', fixture('wxr-threads.xml'))).code).toBe(0);
    const [backup] = JSON.parse((await kanal(dataFile, 'backups', '--json')).out) as { id: string }[];
    const before = (await kanal(dataFile, 'threads', '--json')).out;

    const holder = spawn(process.execPath, [writer, dataFile, '9', 'posts'], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise((resolve) => holder.stdout.once('data', resolve));
    try {
      const imported = await kanal(dataFile, 'import', fixture('pasted-sv-doubled.txt'));
      expect(imported.code).toBe(1);
      expect(imported.err).toContain(`is already open in another Kanal (process ${holder.pid})`);
      const restored = await kanal(dataFile, 'restore', backup?.id ?? '');
      expect(restored.code).toBe(1);
      expect(restored.err).toContain('is already open');
      // Reading works beside the writer.
      expect((await kanal(dataFile, 'threads', '--json')).out).toBe(before);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('lets two CLI imports at once each either run or be refused whole, and keeps what ran', async () => {
    const dataFile = join(folder, 'pair', 'kanal.json');
    const runs = await Promise.all([
      kanal(dataFile, 'import', fixture('wxr-threads.xml'), '--json'),
      kanal(dataFile, 'import', fixture('pasted-sv-doubled.txt'), '--json'),
    ]);
    const ran = runs.filter((r) => r.code === 0);
    expect(ran.length).toBeGreaterThan(0);
    for (const refused of runs.filter((r) => r.code !== 0)) expect(refused.err).toContain('is already open');
    const threads = JSON.parse((await kanal(dataFile, 'threads', '--json')).out) as { id: string }[];
    for (const run of ran)
      for (const thread of (JSON.parse(run.out) as { threads: { id: string }[] }).threads)
        expect(threads.map((t) => t.id)).toContain(thread.id);
    console.log(`two imports at once: ${ran.length} ran, ${runs.length - ran.length} refused`);
  });
});
