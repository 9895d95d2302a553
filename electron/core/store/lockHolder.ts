import { readFileSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import * as z from 'zod';
import { processStart } from './processStart';

// Who holds a lock: enough to tell, from another process, whether that holder still runs.
const holderSchema = z.object({
  app: z.string(),
  pid: z.number().int().positive(),
  host: z.string(),
  start: z.string().nullable(),
  token: z.string().regex(/^[0-9a-f]{32}$/),
});
export type Holder = z.infer<typeof holderSchema>;

// What a lock file says: a holder, an older Kanal's bare pid, or nothing readable (being written, or damaged).
export type LockContent =
  | { kind: 'holder'; holder: Holder; identity: string }
  | { kind: 'pid'; pid: number; identity: string }
  | { kind: 'unreadable'; ageMs: number; identity: string }
  | { kind: 'missing' };

// A lock file that cannot be read is left alone this long: it may be one being written by a Kanal without hard links.
const UNREADABLE_GRACE_MS = 10_000;

export const ownHolder = (app: string): Holder => ({
  app,
  pid: process.pid,
  host: hostname(),
  start: processStart(process.pid),
  token: randomBytes(16).toString('hex'),
});

export function readLock(path: string): LockContent {
  let text: string;
  let stats: { ino: bigint; mtimeNs: bigint; mtimeMs: bigint };
  try {
    stats = statSync(path, { bigint: true });
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  // Records without a token are told apart by their inode and time of writing.
  const fileIdentity = `f${stats.ino}-${stats.mtimeNs}`;
  if (/^\d+$/.test(text.trim())) return { kind: 'pid', pid: Number(text.trim()), identity: fileIdentity };
  try {
    const holder = holderSchema.parse(JSON.parse(text));
    return { kind: 'holder', holder, identity: holder.token };
  } catch {
    return { kind: 'unreadable', ageMs: Date.now() - Number(stats.mtimeMs), identity: fileIdentity };
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Gone only when provably so: on this host, and the pid is not running or runs a process that started at another time.
// A holder on another host, or a live pid whose start cannot be read, is taken as still there.
export function isGone(content: LockContent): boolean {
  switch (content.kind) {
    case 'missing':
      return true;
    case 'unreadable':
      return content.ageMs > UNREADABLE_GRACE_MS;
    case 'pid':
      // An older Kanal wrote only its pid; our own pid there is a lock left before this process started.
      return content.pid === process.pid || !isAlive(content.pid);
    case 'holder': {
      const { holder } = content;
      if (holder.host !== hostname()) return false;
      if (!isAlive(holder.pid)) return true;
      const start = processStart(holder.pid);
      return holder.start !== null && start !== null && start !== holder.start;
    }
  }
}
