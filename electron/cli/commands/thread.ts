import type { OpenLibrary } from '../openLibrary';
import { printJson, printLines } from '../output';

export async function threadCommand({ api }: OpenLibrary, id: string, options: { json: boolean }): Promise<void> {
  const { id: threadId, title, url, postId, comments } = await api.threads.get({ id });
  if (options.json) return printJson({ id: threadId, title, url, postId, comments });
  const depth = new Map<string, number>();
  printLines([
    `${title}${url ? `  <${url}>` : ''}`,
    ...comments.map((c) => {
      const level = c.parentId ? (depth.get(c.parentId) ?? 0) + 1 : 0;
      depth.set(c.id, level);
      const flags = [c.needsReply && 'needs reply', c.byAuthor && 'yours', c.kind !== 'comment' && c.kind, c.status === 'pending' && 'pending', c.orphan && 'orphan'].filter(Boolean);
      return `${'  '.repeat(level)}- ${c.author.name || 'Anonymous'} ${c.date ?? ''}${flags.length ? ` [${flags.join(', ')}]` : ''}: ${c.text.slice(0, 100)}`;
    }),
  ]);
}
