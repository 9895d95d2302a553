import MiniSearch, { type SearchResult as MiniSearchResult } from 'minisearch';
import type { SearchKind } from '../api';
import { docText } from '../shared/content/docText';
import type { Doc, PostInfo, ThreadBody } from '../shared/schema';
import type { Library } from '../store/library';
import { isFinishedReply } from '../threads/needsReply';
import { processTerm, tokenize } from './searchTerms';
import { TimeSlices } from './timeSlices';

interface Fields {
  id: string;
  title: string;
  text: string;
  author: string;
}

export interface IndexEntry {
  kind: SearchKind;
  id: string;
  threadId: string | null;
  commentId: string | null;
  fields: Fields;
}

const FIELDS = ['title', 'text', 'author'] as const;

// Ranked (BM25), typo-tolerant from four letters on (one typo up to seven letters, two from eight), prefixes from
// two letters, every word required; a title counts most.
const SEARCH_OPTIONS = {
  boost: { title: 3, author: 2 },
  prefix: (term: string) => term.length >= 2,
  fuzzy: (term: string) => (term.length >= 4 ? 0.2 : false),
  maxFuzzy: 2,
  combineWith: 'AND',
} as const;

const postKey = (id: string) => `p:${id}`;
const commentKey = (threadId: string, id: string) => `c:${threadId}:${id}`;
const replyKey = (threadId: string, id: string) => `r:${threadId}:${id}`;

const sameFields = (a: Fields, b: Fields): boolean => a.title === b.title && a.text === b.text && a.author === b.author;

// Full-text index of posts (title, text), comments (text, author) and finished replies (text). Built on the first
// query and brought up to date before each later one: a post is re-read when its updatedAt moved, a thread when
// its body object was replaced (every change replaces it), and only documents whose text changed are re-indexed.
// Long work yields to the event loop every few milliseconds.
export class SearchIndex {
  private readonly mini = new MiniSearch<Fields>({
    fields: [...FIELDS],
    tokenize,
    processTerm,
    searchOptions: SEARCH_OPTIONS,
  });
  private readonly entries = new Map<string, IndexEntry>();
  private readonly posts = new Map<string, string>();
  private readonly threads = new Map<string, { body: ThreadBody; keys: Set<string> }>();
  private syncing: Promise<void> = Promise.resolve();

  constructor(private readonly library: Library) {}

  // Concurrent callers share the order: each waits for the one before and then sees every change made since.
  sync(): Promise<void> {
    this.syncing = this.syncing.then(() => this.syncNow());
    return this.syncing;
  }

  search(query: string): MiniSearchResult[] {
    const all = this.mini.search(query);
    // Every word is wanted first; when no document has them all, the best partial matches.
    return all.length ? all : this.mini.search(query, { combineWith: 'OR' });
  }

  entry(key: string): IndexEntry | undefined {
    return this.entries.get(key);
  }

  get size(): number {
    return this.entries.size;
  }

  private async syncNow(): Promise<void> {
    const slices = new TimeSlices();
    await this.syncPosts(slices);
    await this.syncThreads(slices);
  }

  private async syncPosts(slices: TimeSlices): Promise<void> {
    const live = new Set<string>();
    for (const post of this.library.data.posts) {
      if (post.deletedAt !== null) continue;
      live.add(post.id);
      if (this.posts.get(post.id) === post.updatedAt) continue;
      let doc: Doc;
      try {
        doc = (await this.library.readPostBody(post)).doc;
      } catch {
        // A post whose file cannot be read is found by its title; posts.get reports the damage.
        doc = { type: 'doc' };
      }
      this.put(postKey(post.id), postEntry(post, doc));
      this.posts.set(post.id, post.updatedAt);
      if (slices.due()) await slices.pause();
    }
    for (const id of [...this.posts.keys()]) {
      if (live.has(id)) continue;
      this.drop(postKey(id));
      this.posts.delete(id);
    }
  }

  private async syncThreads(slices: TimeSlices): Promise<void> {
    const live = new Set<string>();
    for (const thread of this.library.data.threads) {
      live.add(thread.id);
      const indexed = this.threads.get(thread.id);
      const cached = this.library.cachedThreadBody(thread);
      if (indexed && indexed.body === cached) continue;
      let body: ThreadBody;
      try {
        body = cached ?? (await this.library.readThreadBody(thread));
      } catch {
        // A thread whose file cannot be read keeps what was indexed of it; threads.get reports the damage.
        continue;
      }
      if (indexed?.body === body) continue;
      await this.indexThread(thread.id, body, indexed?.keys ?? new Set(), slices);
    }
    for (const [id, { keys }] of [...this.threads]) {
      if (live.has(id)) continue;
      for (const key of keys) this.drop(key);
      this.threads.delete(id);
    }
  }

  private async indexThread(
    threadId: string,
    body: ThreadBody,
    before: Set<string>,
    slices: TimeSlices,
  ): Promise<void> {
    const keys = new Set<string>();
    for (const c of body.comments) {
      const key = commentKey(threadId, c.id);
      keys.add(key);
      this.put(key, {
        kind: 'comment',
        id: c.id,
        threadId,
        commentId: c.id,
        fields: { id: key, title: '', text: c.text, author: c.author.name },
      });
      if (slices.due()) await slices.pause();
    }
    for (const r of body.replies) {
      if (!isFinishedReply(r)) continue;
      const key = replyKey(threadId, r.id);
      keys.add(key);
      this.put(key, {
        kind: 'reply',
        id: r.id,
        threadId,
        commentId: r.commentId,
        fields: { id: key, title: '', text: docText(r.doc), author: '' },
      });
      if (slices.due()) await slices.pause();
    }
    for (const key of before) if (!keys.has(key)) this.drop(key);
    this.threads.set(threadId, { body, keys });
  }

  private put(key: string, entry: IndexEntry): void {
    const old = this.entries.get(key);
    if (!old) this.mini.add(entry.fields);
    else if (!sameFields(old.fields, entry.fields)) this.mini.replace(entry.fields);
    this.entries.set(key, entry);
  }

  private drop(key: string): void {
    if (!this.entries.delete(key)) return;
    this.mini.discard(key);
  }
}

function postEntry(post: PostInfo, doc: Doc): IndexEntry {
  const key = postKey(post.id);
  return {
    kind: 'post',
    id: post.id,
    threadId: null,
    commentId: null,
    fields: { id: key, title: post.title, text: docText(doc), author: '' },
  };
}
