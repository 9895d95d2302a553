import type { Stats } from 'node:fs';
import {
  copyFile,
  link,
  mkdir,
  open,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  unlink,
  type FileHandle,
} from 'node:fs/promises';

// Every file-system call the store makes to keep data goes through this one object,
// so tests can make any step fail the way a full, broken or read-only disk does.
export const storeFs = {
  open: (path: string, flags: string, mode?: number): Promise<FileHandle> => open(path, flags, mode),
  write: (file: FileHandle, content: string): Promise<void> => file.writeFile(content, 'utf8'),
  writeBytes: (file: FileHandle, content: Uint8Array): Promise<void> => file.writeFile(content),
  readBytes: (path: string): Promise<Buffer> => readFile(path),
  sync: (file: FileHandle): Promise<void> => file.sync(),
  // The data and what reading it back needs (its size), not its times: fdatasync(2).
  datasync: (file: FileHandle): Promise<void> => file.datasync(),
  close: (file: FileHandle): Promise<void> => file.close(),
  statOpen: (file: FileHandle): Promise<Stats> => file.stat(),
  rename: (from: string, to: string): Promise<void> => rename(from, to),
  unlink: (path: string): Promise<void> => unlink(path),
  remove: (path: string): Promise<void> => rm(path, { force: true }),
  readText: (path: string): Promise<string> => readFile(path, 'utf8'),
  list: (folder: string): Promise<string[]> => readdir(folder),
  makeFolder: (folder: string): Promise<void> => mkdir(folder, { recursive: true }).then(() => undefined),
  stat: (path: string): Promise<Stats> => stat(path),
  copy: (from: string, to: string): Promise<void> => copyFile(from, to),
  link: (from: string, to: string): Promise<void> => link(from, to),
  removeFolder: (folder: string): Promise<void> => rm(folder, { recursive: true, force: true }),
  exists: (path: string): Promise<boolean> =>
    stat(path).then(
      () => true,
      () => false,
    ),
};
