import { openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { KanalError } from '../errors';

// One writer per data file: steno has no cross-process lock, and two writers lose each other's data.
export interface WriterLock {
  release(): void;
}

export function acquireWriterLock(dataFile: string): WriterLock {
  const lockFile = `${dataFile}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
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
