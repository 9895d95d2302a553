import { openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { KanalError } from '../errors';

// One writer per data file: steno has no cross-process lock, and two writers lose each other's data.
export interface WriterLock {
  release(): void;
}

// Locks this process holds: a lock file with our own pid is ours only if it is in here.
const heldHere = new Set<string>();

export function acquireWriterLock(dataFile: string): WriterLock {
  const lockFile = `${dataFile}.lock`;
  if (heldHere.has(lockFile)) {
    throw new KanalError('locked', `${dataFile} is already open in another Kanal (process ${process.pid}). Close it there first.`);
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      heldHere.add(lockFile);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        heldHere.delete(lockFile);
        rmSync(lockFile, { force: true });
        process.off('exit', release);
      };
      process.on('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
        throw new KanalError(
          'locked',
          `${dataFile} is already open in another Kanal (process ${holder}). Close it there first.`,
        );
      }
      // The holder is gone (a crash or a kill): its lock is stale.
      rmSync(lockFile, { force: true });
    }
  }
  throw new KanalError('locked', `Could not lock ${dataFile}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
