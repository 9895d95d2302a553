import { closeSync, linkSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { KanalError } from '../errors';
import { isGone, ownHolder, readLock, type LockContent } from './lockHolder';
import { storageError } from './storageError';
import { tempFileFor } from './tempFiles';

// One writer per data file: steno has no cross-process lock, and two writers lose each other's data.
export interface WriterLock {
  release(): void;
}

const APP_NAME = 'Kanal';
const ATTEMPTS = 50;
const WAIT_MS = 10;

// Locks this process holds: a second open from the same process is refused like any other.
const heldHere = new Set<string>();

const pause = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

const lockedError = (dataFile: string, content: LockContent): KanalError => {
  const who =
    content.kind === 'holder'
      ? `another ${content.holder.app} (process ${content.holder.pid}${content.holder.host === hostname() ? '' : ` on ${content.holder.host}`})`
      : content.kind === 'pid'
        ? `another Kanal (process ${content.pid})`
        : 'another Kanal';
  return new KanalError('locked', `${dataFile} is already open in ${who}. Close it there first.`);
};

// Puts the complete record at `target` only if nothing is there: link(2) is atomic and never replaces a file.
// Where the file system has no hard links, an exclusive create is the fallback (its record appears a moment later).
function placeExclusively(record: string, text: string, target: string): boolean {
  try {
    linkSync(record, target);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw error;
  }
  return createWith(target, text);
}

function createWith(path: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return true;
}

// Removes the lock file at `path` only while it still is the stale one judged: the right to remove it is a claim file
// named after that very record, which only one process can create. Ids are never reused, so a later lock is never hit.
function removeStale(
  path: string,
  stale: LockContent & { identity: string },
  record: string,
  text: string,
  depth = 0,
): void {
  const claim = `${path}.takeover-${stale.identity}`;
  if (placeExclusively(record, text, claim)) {
    try {
      const now = readLock(path);
      if (now.kind !== 'missing' && now.identity === stale.identity) rmSync(path, { force: true });
    } finally {
      rmSync(claim, { force: true });
    }
    return;
  }
  const claimer = readLock(claim);
  if (claimer.kind !== 'missing' && depth < 3 && isGone(claimer)) removeStale(claim, claimer, record, text, depth + 1);
  else pause(WAIT_MS);
}

// Lock temp files and takeover claims whose writer is gone (a crash mid-acquire); done while holding the lock,
// and only tidying: a leftover that cannot be removed now is tried again at the next open.
function removeLockLeftovers(lockFile: string): void {
  const folder = dirname(lockFile);
  const name = basename(lockFile);
  try {
    for (const entry of readdirSync(folder)) {
      const leftover =
        entry.startsWith(`${name}.takeover-`) || (entry.startsWith(`.${name}.`) && entry.endsWith('.tmp'));
      if (leftover && isGone(readLock(join(folder, entry)))) rmSync(join(folder, entry), { force: true });
    }
  } catch {
    // Left for the next open.
  }
}

function acquire(dataFile: string, lockFile: string, record: string, text: string): void {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (placeExclusively(record, text, lockFile)) return;
    const content = readLock(lockFile);
    if (content.kind === 'missing') continue;
    if (!isGone(content)) throw lockedError(dataFile, content);
    removeStale(lockFile, content, record, text);
  }
  throw new KanalError('locked', `Could not lock ${dataFile}.`);
}

// The lock file holds its holder's record (app, pid, host, process start, a random token). It is written whole to a
// temp file first and then linked into place, so no one ever reads a half-written lock, and it is taken over only
// when its holder is provably gone.
export function acquireWriterLock(dataFile: string): WriterLock {
  const lockFile = `${dataFile}.lock`;
  const mine = ownHolder(APP_NAME);
  if (heldHere.has(lockFile)) throw lockedError(dataFile, { kind: 'holder', holder: mine, identity: mine.token });
  const text = JSON.stringify(mine);
  const record = tempFileFor(lockFile);
  try {
    createWith(record, text);
    acquire(dataFile, lockFile, record, text);
  } catch (error) {
    throw storageError(error, `${dataFile} could not be locked`);
  } finally {
    rmSync(record, { force: true });
  }
  heldHere.add(lockFile);
  removeLockLeftovers(lockFile);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    heldHere.delete(lockFile);
    process.off('exit', release);
    // Only our own lock is removed: one that is no longer ours was taken over, and belongs to its new holder.
    const content = readLock(lockFile);
    if (content.kind === 'holder' && content.holder.token === mine.token) rmSync(lockFile, { force: true });
  };
  process.on('exit', release);
  return { release };
}
