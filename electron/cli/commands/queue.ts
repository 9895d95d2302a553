import type { QueueItem } from '../../core/api';
import { summarizeText } from '../../core/shared/content/summarizeText';
import type { OpenLibrary } from '../openLibrary';
import { printJson, printLines } from '../output';

// The fields kanal queue --json promises.
const queueJson = ({ threadId, commentId, postId, author, date, text }: QueueItem) => ({
  threadId,
  commentId,
  postId,
  author: { name: author.name },
  date,
  text,
});

const queueLine = (q: QueueItem): string =>
  `${q.date?.slice(0, 16).replace('T', ' ') ?? 'no date'.padEnd(16)}  ${q.author.name || 'Anonymous'} on "${q.postTitle}": ${summarizeText(q.text, 80)}  (${q.threadId} ${q.commentId})`;

export async function queueCommand({ api }: OpenLibrary, options: { json: boolean; oldest: boolean }): Promise<void> {
  const { items, unreadableThreads } = await api.queue.list({ order: options.oldest ? 'oldest' : 'newest' });
  for (const id of unreadableThreads)
    process.stderr.write(`kanal: the comments of thread ${id} could not be read and are missing here\n`);
  if (options.json) return printJson(items.map(queueJson));
  printLines(items.map(queueLine));
}
