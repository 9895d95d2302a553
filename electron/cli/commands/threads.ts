import type { Kanal } from '../../core/openKanal';
import { printJson, printLines } from '../output';
import { plural } from '../plural';

export function threadsCommand(kanal: Kanal, json: boolean): void {
  const threads = kanal.services.threads
    .list()
    .map(({ id, title, url, postId, comments, needsReply }) => ({ id, title, url, postId, comments, needsReply }));
  if (json) return printJson(threads);
  printLines(threads.map((t) => `${t.id}  ${plural(t.comments, 'comment').padStart(14)}  ${String(t.needsReply).padStart(4)} to answer  ${t.title}`));
}
