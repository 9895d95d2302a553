import { watch } from 'node:fs';

const SETTLE_MS = 150;

// Calls `onChange` once things settle after a file whose name passes `wanted` changed in `folder`. The watcher keeps
// no process alive, and a folder that cannot be watched (gone, or a file system without events) is only left unwatched:
// every write compares the files first anyway.
export function watchFolder(folder: string, wanted: (name: string) => boolean, onChange: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const watcher = watch(folder, { persistent: false }, (_event, name) => {
      if (name !== null && !wanted(name.toString())) return;
      clearTimeout(timer);
      timer = setTimeout(onChange, SETTLE_MS);
      timer.unref();
    });
    watcher.on('error', () => watcher.close());
    return () => {
      clearTimeout(timer);
      watcher.close();
    };
  } catch {
    return () => undefined;
  }
}
