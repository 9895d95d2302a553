import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Deps } from '../../electron/core/deps';

// Every test gets its own folder and a clock that moves one second per reading.
export function tempFolder(): { folder: string; dataFile: string; cleanup: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'kanal-unit-'));
  return {
    folder,
    dataFile: join(folder, 'kanal.json'),
    cleanup: () => rmSync(folder, { recursive: true, force: true }),
  };
}

export function testDeps(start = Date.UTC(2026, 0, 1)): Deps {
  let tick = 0;
  let id = 0;
  return {
    now: () => new Date(start + 1000 * tick++),
    newId: () => `id-${++id}`,
  };
}
