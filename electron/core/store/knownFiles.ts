import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { storeFs } from './storeFs';

// What a file held when Kanal last read or wrote it.
interface Fingerprint {
  size: number;
  mtimeMs: number;
  sha256: string;
}

export const hashText = (text: string | Uint8Array): string => createHash('sha256').update(text).digest('hex');

// The files Kanal read or wrote, so a change by another program (a sync tool, a second computer) is noticed before
// Kanal writes over it: same size and time of change is the same file; otherwise the content decides.
export class KnownFiles {
  private readonly prints = new Map<string, Fingerprint>();

  async remember(path: string, text: string): Promise<void> {
    await this.rememberHash(path, hashText(text));
  }

  // For a file whose text was hashed as it was written, so a big import never holds every text at once.
  // `stats` when the writer has them already, so a save costs no extra look at the disk.
  async rememberHash(path: string, sha256: string, stats?: Stats): Promise<void> {
    const { size, mtimeMs } = stats ?? (await storeFs.stat(path));
    this.prints.set(path, { size, mtimeMs, sha256 });
  }

  forget(path: string): void {
    this.prints.delete(path);
  }

  clear(): void {
    this.prints.clear();
  }

  paths(): string[] {
    return [...this.prints.keys()];
  }

  // Whether the file still holds what Kanal knows of it; a file Kanal never knew counts as unchanged.
  async unchanged(path: string): Promise<boolean> {
    const known = this.prints.get(path);
    if (!known) return true;
    const stats = await storeFs.stat(path).catch(() => null);
    if (!stats || stats.size !== known.size) return false;
    if (stats.mtimeMs === known.mtimeMs) return true;
    const text = await storeFs.readText(path).catch(() => null);
    return text !== null && hashText(text) === known.sha256;
  }
}
