import type { SearchHit } from '../../core/api';
import type { OpenLibrary } from '../openLibrary';
import { printJson, printLines } from '../output';

// The fields kanal search --json promises.
const hitJson = ({ kind, id, threadId, postId, title, snippet, score }: SearchHit) => ({
  kind,
  id,
  threadId,
  postId,
  title,
  snippet,
  score,
});

export async function searchCommand({ api }: OpenLibrary, query: string, options: { json: boolean }): Promise<void> {
  const { hits } = await api.search.query({ query });
  if (options.json) return printJson(hits.map(hitJson));
  printLines(
    hits.map((h) => `${h.kind.padEnd(7)} ${h.title || '(untitled)'}: ${h.snippet.replace(/\s+/g, ' ')}  (${h.id})`),
  );
}
