import type { Adapter } from 'lowdb';
import { writeFileDurably } from './durableWrite';
import { storeFs } from './storeFs';

// lowdb adapter: plain JSON, written durably; read returns null when the file does not exist yet.
// Parse errors are thrown, not swallowed, so a damaged file is never mistaken for an empty one.
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(readonly path: string) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await storeFs.readText(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return JSON.parse(text) as T;
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.path, JSON.stringify(data));
  }
}
