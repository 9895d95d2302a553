import { searchKinds, type SearchHit, type SearchKind } from '../api';
import type { ServiceOf } from '../handlerTypes';
import type { Library } from '../store/library';
import type { RootData } from '../shared/schema';
import { makeSnippet } from './makeSnippet';
import { loadSearchIndex } from '../heavyModules';
import type { IndexEntry, SearchIndex } from './searchIndex';
import { matchRanges } from './searchTerms';

const byKind = <T>(make: (kind: SearchKind) => T): Record<SearchKind, T> =>
  Object.fromEntries(searchKinds.map((kind) => [kind, make(kind)])) as Record<SearchKind, T>;

// What a hit is called: a post's title; for a comment or a reply, its thread's post (or the thread's own title).
function titleOf(data: RootData, entry: IndexEntry): { title: string; threadId: string | null; postId: string | null } {
  if (entry.kind === 'post') {
    const post = data.posts.find((p) => p.id === entry.id);
    const thread = data.threads.find((t) => t.postId === entry.id);
    return { title: post?.title ?? entry.fields.title, threadId: thread?.id ?? null, postId: entry.id };
  }
  const thread = data.threads.find((t) => t.id === entry.threadId);
  const post = thread?.postId ? data.posts.find((p) => p.id === thread.postId && p.deletedAt === null) : undefined;
  return { title: post?.title ?? thread?.title ?? '', threadId: entry.threadId, postId: thread?.postId ?? null };
}

export function searchService(library: Library) {
  // Built on the first query: the search package loads only then.
  let built: Promise<SearchIndex> | null = null;
  const searchIndex = (): Promise<SearchIndex> => (built ??= loadSearchIndex().then((Index) => new Index(library)));

  const hit = (entry: IndexEntry, terms: ReadonlySet<string>, score: number): SearchHit => {
    const { title, threadId, postId } = titleOf(library.data, entry);
    const { snippet, ranges } = makeSnippet(entry.fields.text, terms);
    return {
      kind: entry.kind,
      id: entry.id,
      threadId,
      postId,
      commentId: entry.commentId,
      author: entry.kind === 'comment' ? entry.fields.author : null,
      title,
      titleRanges: matchRanges(title, terms),
      snippet,
      ranges,
      score,
    };
  };

  return {
    // Posts, comments and finished replies matching every word (or, failing that, some), best first.
    async query(input) {
      if (input.query.trim() === '')
        return { query: input.query, hits: [], groups: byKind(() => []), counts: byKind(() => 0) };
      const index = await searchIndex();
      await index.sync();
      const { counts, best } = index.search(input.query, input.limit);
      const groups = byKind((kind) => best[kind].map(({ entry, terms, score }) => hit(entry, new Set(terms), score)));
      const hits = searchKinds.flatMap((kind) => groups[kind]).sort((a, b) => b.score - a.score);
      return { query: input.query, hits, groups, counts };
    },
  } satisfies ServiceOf<'search'>;
}
