import { afterEach, beforeEach } from 'vitest';
import { openKanal, type Kanal } from '../../electron/core/openKanal';
import { tempFolder, testDeps } from './tempLibrary';

// A fresh library in its own folder for every test of the calling file.
export function useTempKanal(): { kanal: () => Kanal; temp: () => ReturnType<typeof tempFolder> } {
  let temp: ReturnType<typeof tempFolder> | null = null;
  let kanal: Kanal | null = null;
  beforeEach(async () => {
    temp = tempFolder();
    kanal = await openKanal(temp.dataFile, { deps: testDeps() });
  });
  afterEach(async () => {
    await kanal?.close();
    temp?.cleanup();
  });
  const need = <T>(value: T | null): T => {
    if (value === null) throw new Error('used outside a test');
    return value;
  };
  return { kanal: () => need(kanal), temp: () => need(temp) };
}
