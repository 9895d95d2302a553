import type { OpenLibrary } from '../openLibrary';
import { printJson, printLines } from '../output';
import { plural } from '../plural';

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function backupsCommand({ api }: OpenLibrary, options: { json: boolean }): Promise<void> {
  const backups = (await api.backups.list({})).map(({ id, createdAt, bytes, posts, comments }) => ({
    id,
    createdAt,
    bytes,
    posts,
    comments,
  }));
  if (options.json) return printJson(backups);
  printLines(
    backups.map(
      (b) =>
        `${b.id}  ${b.createdAt}  ${plural(b.posts, 'post')}, ${plural(b.comments, 'comment')}  ${megabytes(b.bytes)}`,
    ),
  );
}

export async function restoreCommand({ api }: OpenLibrary, backupId: string): Promise<void> {
  const restored = await api.backups.restore({ id: backupId });
  printLines([
    `Restored the backup of ${restored.createdAt} (${plural(restored.posts, 'post')}, ${plural(restored.comments, 'comment')}); the library as it was is kept as a backup too.`,
  ]);
}
