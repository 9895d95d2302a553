import type { Kanal } from '../../core/openKanal';
import { printJson, printLines } from '../output';

export function threadsCommand(kanal: Kanal, json: boolean): void {
  const threads = kanal.services.threads
    .list()
    .map(({ id, title, url, postId, comments, needsReply }) => ({ id, title, url, postId, comments, needsReply }));
  if (json) return printJson(threads);
  printLines(threads.map((t) => `${t.id}  ${String(t.comments).padStart(5)} comments  ${String(t.needsReply).padStart(4)} need a reply  ${t.title}`));
}
