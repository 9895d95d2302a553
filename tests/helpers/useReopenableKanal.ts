import { afterEach, beforeEach, vi } from 'vitest';
import type { Deps } from '../../electron/core/deps';
import { openKanal, type Kanal } from '../../electron/core/openKanal';
import { tempFolder, testDeps } from './tempLibrary';

// A fresh folder for every test of the calling file, holding a library the test opens, closes and reopens as it
// needs (to see what survives a restart); whatever is still open is closed before the folder is removed.
export function useReopenableKanal(defaultDeps: () => Deps = () => testDeps()) {
  let temp: ReturnType<typeof tempFolder> | null = null;
  let kanal: Kanal | null = null;
  const need = () => {
    if (temp === null) throw new Error('used outside a test');
    return temp;
  };
  const close = async () => {
    await kanal?.close();
    kanal = null;
  };
  beforeEach(() => {
    temp = tempFolder();
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await close();
    temp?.cleanup();
    temp = null;
  });
  return {
    get folder() {
      return need().folder;
    },
    get dataFile() {
      return need().dataFile;
    },
    async open(deps: Deps = defaultDeps()): Promise<Kanal> {
      await close();
      kanal = await openKanal(need().dataFile, { deps });
      return kanal;
    },
    close,
  };
}
