import type { Kanal } from '../../core/openKanal';
import { printJson, printLines } from '../output';

export function postsCommand(kanal: Kanal, json: boolean): void {
  const posts = kanal.services.posts
    .list({})
    .map(({ id, title, status, channels, updatedAt, words }) => ({ id, title, status, channels, updatedAt, words }));
  if (json) return printJson(posts);
  printLines(posts.map((p) => `${p.id}  ${p.status.padEnd(9)} ${String(p.words).padStart(6)} words  ${p.title || '(untitled)'}  ${p.channels.join(' ')}`));
}
