import type { OpenLibrary } from '../openLibrary';
import { printJson, printLines } from '../output';
import { plural } from '../plural';

export async function threadsCommand({ api }: OpenLibrary, options: { json: boolean }): Promise<void> {
  const threads = (await api.threads.list({})).map(({ id, title, url, postId, comments, needsReply }) => ({
    id,
    title,
    url,
    postId,
    comments,
    needsReply,
  }));
  if (options.json) return printJson(threads);
  printLines(
    threads.map(
      (t) =>
        `${t.id}  ${plural(t.comments, 'comment').padStart(14)}  ${String(t.needsReply).padStart(4)} to answer  ${t.title}`,
    ),
  );
}
