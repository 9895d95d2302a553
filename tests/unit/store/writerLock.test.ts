import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/store/library';
import { processStart } from '../../../electron/core/store/processStart';
import { tempFolder } from '../../helpers/tempLibrary';

let temp: ReturnType<typeof tempFolder>;
beforeEach(() => {
  temp = tempFolder();
});
afterEach(() => temp.cleanup());

const lockFile = () => `${temp.dataFile}.lock`;
const record = (fields: { pid: number; start: string | null; host?: string }) =>
  JSON.stringify({ app: 'Kanal', host: hostname(), token: randomBytes(16).toString('hex'), ...fields });
const onLinux = process.platform === 'linux';

describe('the writer lock', () => {
  it('names its holder: app, pid, host, start and a token', async () => {
    const library = await Library.open(temp.dataFile);
    const holder = JSON.parse(readFileSync(lockFile(), 'utf8'));
    expect(holder).toMatchObject({ app: 'Kanal', pid: process.pid, host: hostname() });
    expect(holder.token).toMatch(/^[0-9a-f]{32}$/);
    await library.close();
    expect(existsSync(lockFile())).toBe(false);
  });

  it.runIf(onLinux)(
    'takes over a lock naming a live pid that belongs to a process started at another time',
    async () => {
      writeFileSync(lockFile(), record({ pid: 1, start: 'an-earlier-boot:12345' }));
      const library = await Library.open(temp.dataFile);
      expect(JSON.parse(readFileSync(lockFile(), 'utf8')).pid).toBe(process.pid);
      await library.close();
    },
  );

  it.runIf(onLinux)('refuses a lock whose holder runs, with its name and pid', async () => {
    writeFileSync(lockFile(), record({ pid: 1, start: processStart(1) }));
    await expect(Library.open(temp.dataFile)).rejects.toThrow(
      `${temp.dataFile} is already open in another Kanal (process 1). Close it there first.`,
    );
    expect(JSON.parse(readFileSync(lockFile(), 'utf8')).pid).toBe(1);
  });

  it('takes over a lock whose holder is no longer running', async () => {
    writeFileSync(lockFile(), record({ pid: 2 ** 22 + 1, start: null }));
    const library = await Library.open(temp.dataFile);
    await library.close();
  });

  it('leaves alone a lock held on another computer, which it cannot check', async () => {
    writeFileSync(lockFile(), record({ pid: 2 ** 22 + 1, start: null, host: 'the-other-laptop' }));
    await expect(Library.open(temp.dataFile)).rejects.toThrow(
      /already open in another Kanal \(process 4194305 on the-other-laptop\)/,
    );
  });

  it('refuses a lock that is still being written, and takes over one left empty long ago', async () => {
    writeFileSync(lockFile(), '');
    await expect(Library.open(temp.dataFile)).rejects.toThrow(/already open in another Kanal/);
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(lockFile(), longAgo, longAgo);
    const library = await Library.open(temp.dataFile);
    await library.close();
  });

  it('removes the temp files and takeover claims of acquirers that died', async () => {
    const dead = record({ pid: 2 ** 22 + 1, start: null });
    writeFileSync(join(temp.folder, '.kanal.json.lock.4194305.abcdef.tmp'), dead);
    writeFileSync(join(temp.folder, 'kanal.json.lock.takeover-0123'), dead);
    const library = await Library.open(temp.dataFile);
    expect(readdirSync(temp.folder).sort()).toEqual(['kanal.json', 'kanal.json.lock']);
    await library.close();
  });
});

// Eight processes race for one library, again and again: exactly one may win each time.
describe('eight processes opening one library at once', () => {
  const PROCESSES = 8;
  const ROUNDS = 30;
  let children: ChildProcess[] = [];
  let bundleFolder: ReturnType<typeof tempFolder>;

  const next = (child: ChildProcess, type: string) =>
    new Promise<{ type: string; held?: boolean; message?: string; pid?: number }>((resolve) => {
      const listener = (message: { type: string }) => {
        if (message.type !== type) return;
        child.off('message', listener);
        resolve(message);
      };
      child.on('message', listener);
    });

  beforeAll(async () => {
    bundleFolder = tempFolder();
    buildSync({
      entryPoints: [join(import.meta.dirname, '../../../electron/core/store/writerLock.ts')],
      outfile: join(bundleFolder.folder, 'writerLock.mjs'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'error',
    });
    writeFileSync(
      join(bundleFolder.folder, 'contender.mjs'),
      `import { acquireWriterLock } from './writerLock.mjs';
let lock = null;
process.on('message', (m) => {
  if (m.type === 'go') {
    while (Date.now() < m.at) {}
    try {
      lock = acquireWriterLock(m.dataFile);
      process.send({ type: 'result', held: true, pid: process.pid });
    } catch (error) {
      process.send({ type: 'result', held: false, message: error.message, pid: process.pid });
    }
  } else if (m.type === 'release') {
    lock?.release();
    lock = null;
    process.send({ type: 'released' });
  }
});
process.send({ type: 'ready' });
`,
    );
    children = Array.from({ length: PROCESSES }, () =>
      fork(join(bundleFolder.folder, 'contender.mjs'), [], { stdio: 'ignore' }),
    );
    await Promise.all(children.map((child) => next(child, 'ready')));
  }, 60_000);

  afterAll(() => {
    for (const child of children) child.kill();
    bundleFolder.cleanup();
  });

  it(`lets exactly one hold the lock, in each of ${ROUNDS} rounds, with or without a stale lock left`, async () => {
    const winners: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const dataFile = join(temp.folder, `round-${round}.json`);
      // A third of the rounds start from a lock left by a process that is gone, a third from one whose pid was reused.
      if (round % 3 === 1) writeFileSync(`${dataFile}.lock`, record({ pid: 2 ** 22 + 1, start: null }));
      if (round % 3 === 2 && onLinux) writeFileSync(`${dataFile}.lock`, record({ pid: 1, start: 'an-earlier-boot:1' }));
      const at = Date.now() + 60;
      const results = await Promise.all(
        children.map((child) => {
          const result = next(child, 'result');
          child.send({ type: 'go', at, dataFile });
          return result;
        }),
      );
      const held = results.filter((r) => r.held);
      winners.push(held.length);
      if (held.length === 1) {
        for (const loser of results.filter((r) => !r.held)) {
          expect(loser.message).toBe(
            `${dataFile} is already open in another Kanal (process ${held[0]?.pid}). Close it there first.`,
          );
        }
      }
      await Promise.all(
        children.map((child) => {
          const released = next(child, 'released');
          child.send({ type: 'release' });
          return released;
        }),
      );
    }
    expect(winners).toEqual(Array.from({ length: ROUNDS }, () => 1));
  }, 120_000);
});
