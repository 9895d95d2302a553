import type { ThreadFormat, ThreadIndex } from '../shared/schema';

const sourceKeyOf = (format: ThreadFormat, sourceKey: string): string => `${format}\u0000${sourceKey}`;

// The thread an imported one continues: the one Kanal exported it from, else the one read from the same source
// before; the first in the list wins. Indexed once per import, as threads are looked up once per imported thread.
export class ThreadFinder {
  private readonly byId = new Map<string, ThreadIndex>();
  private readonly bySource = new Map<string, ThreadIndex>();

  constructor(threads: ThreadIndex[]) {
    for (const thread of threads) this.add(thread);
  }

  add(thread: ThreadIndex): void {
    if (!this.byId.has(thread.id)) this.byId.set(thread.id, thread);
    const key = sourceKeyOf(thread.format, thread.sourceKey);
    if (!this.bySource.has(key)) this.bySource.set(key, thread);
  }

  find(format: ThreadFormat, incoming: { kanalThreadId?: string; sourceKey: string }): ThreadIndex | undefined {
    return (
      (incoming.kanalThreadId === undefined ? undefined : this.byId.get(incoming.kanalThreadId)) ??
      this.bySource.get(sourceKeyOf(format, incoming.sourceKey))
    );
  }
}
