import { searchKinds, type SearchKind } from '../api';
import { docText } from '../shared/content/docText';
import type { Doc, PostInfo, ThreadBody } from '../shared/schema';
import type { Library } from '../store/library';
import { isFinishedReply } from '../threads/needsReply';
import { TermIndex, type GroupedHits, type IndexedFields } from './termIndex';
import { TimeSlices } from './timeSlices';

export interface IndexEntry {
  kind: SearchKind;
  id: string;
  threadId: string | null;
  commentId: string | null;
  fields: IndexedFields;
}

export interface IndexHit {
  entry: IndexEntry;
  score: number;
  terms: string[];
}

export interface IndexAnswer {
  counts: Record<SearchKind, number>;
  // The best `limit` of each kind, best first.
  best: Record<SearchKind, IndexHit[]>;
}

// Short slices: a busy machine can stretch one by several times before the event loop runs again.
const INDEX_SLICE_MS = 5;

const postKey = (id: string) => `p:${id}`;
const commentKey = (threadId: string, id: string) => `c:${threadId}:${id}`;
const replyKey = (threadId: string, id: string) => `r:${threadId}:${id}`;

const sameFields = (a: IndexedFields, b: IndexedFields): boolean =>
  a.title === b.title && a.text === b.text && a.author === b.author;

// Full-text index of posts (title, text), comments (text, author) and finished replies (text). Built on the first
// query and brought up to date before each later one: a post is re-read when its updatedAt moved, a thread when
// its body object was replaced (every change replaces it), and only documents whose text changed are re-indexed.
// Long work yields to the event loop every few milliseconds.
export class SearchIndex {
  private readonly terms = new TermIndex(searchKinds.length);
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

  // Ranked (BM25), prefix and typo-tolerant; every word is wanted first, and when no document has them all, the best
  // partial matches.
  search(query: string, limit: number): IndexAnswer {
    const all = this.terms.search(query, 'and', limit);
    return this.answer(all.counts.some((n) => n > 0) ? all : this.terms.search(query, 'or', limit));
  }

  private answer({ counts, best }: GroupedHits): IndexAnswer {
    const hits = (group: number): IndexHit[] =>
      (best[group] ?? []).flatMap(({ key, score, terms }) => {
        const entry = this.entries.get(key);
        return entry ? [{ entry, score, terms }] : [];
      });
    const byKind = <T>(of: (group: number) => T) =>
      Object.fromEntries(searchKinds.map((kind, group) => [kind, of(group)])) as Record<SearchKind, T>;
    return { counts: byKind((group) => counts[group] ?? 0), best: byKind(hits) };
  }

  private async syncNow(): Promise<void> {
    const slices = new TimeSlices(INDEX_SLICE_MS);
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
        fields: { title: '', text: c.text, author: c.author.name },
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
        fields: { title: '', text: docText(r.doc), author: '' },
      });
      if (slices.due()) await slices.pause();
    }
    for (const key of before) if (!keys.has(key)) this.drop(key);
    this.threads.set(threadId, { body, keys });
  }

  private put(key: string, entry: IndexEntry): void {
    const old = this.entries.get(key);
    if (old && sameFields(old.fields, entry.fields)) {
      this.entries.set(key, entry);
      return;
    }
    if (old) this.terms.remove(key, old.fields);
    this.terms.add(key, searchKinds.indexOf(entry.kind), entry.fields);
    this.entries.set(key, entry);
  }

  private drop(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.terms.remove(key, old.fields);
    this.entries.delete(key);
  }
}

function postEntry(post: PostInfo, doc: Doc): IndexEntry {
  return {
    kind: 'post',
    id: post.id,
    threadId: null,
    commentId: null,
    fields: { title: post.title, text: docText(doc), author: '' },
  };
}
