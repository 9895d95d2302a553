import { afterEach, beforeEach, vi } from 'vitest';
import { tempFolder } from './tempLibrary';

type TempFolder = Omit<ReturnType<typeof tempFolder>, 'cleanup'>;

// A fresh folder for every test of the calling file, for tests that make the disk fail: the file-system spies a
// test set are undone before its folder is removed.
export function useTempFolder(): TempFolder {
  let current: ReturnType<typeof tempFolder> | null = null;
  beforeEach(() => {
    current = tempFolder();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    current?.cleanup();
    current = null;
  });
  const need = () => {
    if (current === null) throw new Error('used outside a test');
    return current;
  };
  return {
    get folder() {
      return need().folder;
    },
    get dataFile() {
      return need().dataFile;
    },
  };
}
