import { existsSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

// What opening a library that did not exist yet may leave behind: the data file, its lock, its threads folder and
// the folders made for it. Recorded before opening, so a command that fails keeps nobody's files but its own.
export interface NewLibraryTrace {
  removeCreated(): void;
}

// The folders on the way to `path` that do not exist yet, nearest first.
function missingFolders(path: string): string[] {
  const missing: string[] = [];
  for (let folder = dirname(path); !existsSync(folder) && folder !== dirname(folder); folder = dirname(folder))
    missing.push(folder);
  return missing;
}

// Null when the data file exists already: then nothing a command does is undone here.
export function traceNewLibrary(dataFile: string): NewLibraryTrace | null {
  if (existsSync(dataFile)) return null;
  const folder = dirname(dataFile);
  const before = new Set(existsSync(folder) ? readdirSync(folder) : []);
  // Every file the store keeps beside a data file starts with its name without the extension (kanal.json.lock,
  // kanal.threads), or is a temporary one that starts with a dot before it.
  const stem = basename(dataFile, extname(dataFile));
  const isStores = (entry: string): boolean => entry.startsWith(stem) || entry.startsWith(`.${stem}`);
  const madeFolders = missingFolders(dataFile);
  return {
    removeCreated() {
      if (!existsSync(folder)) return;
      for (const entry of readdirSync(folder))
        if (!before.has(entry) && isStores(entry)) rmSync(join(folder, entry), { recursive: true, force: true });
      for (const made of madeFolders) {
        try {
          rmdirSync(made);
        } catch {
          // Something else was put there meanwhile: it stays.
          return;
        }
      }
    },
  };
}
