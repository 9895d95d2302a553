import type { OpenLibrary } from '../openLibrary';
import { printJson, printLines } from '../output';

export async function postsCommand({ api }: OpenLibrary, options: { json: boolean }): Promise<void> {
  const posts = (await api.posts.list({})).map(({ id, title, status, channels, updatedAt, words }) => ({
    id,
    title,
    status,
    channels,
    updatedAt,
    words,
  }));
  if (options.json) return printJson(posts);
  printLines(
    posts.map(
      (p) =>
        `${p.id}  ${p.status.padEnd(9)} ${String(p.words).padStart(6)} words  ${p.title || '(untitled)'}  ${p.channels.join(' ')}`,
    ),
  );
}
