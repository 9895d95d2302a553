import SearchableMap from 'minisearch/SearchableMap';
import { processTerm, tokenize } from './searchTerms';

export const INDEXED_FIELDS = ['title', 'text', 'author'] as const;
export type IndexedFields = Record<(typeof INDEXED_FIELDS)[number], string>;

// How much a match counts in each field: a title most, then an author's name.
const BOOST = [3, 1, 2];
// BM25+ as MiniSearch ranks: term frequency saturation, length normalization, and a floor for any match.
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
// A word that only begins with the term, or is one or two typos from it, counts less than the word itself.
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
// Prefixes from two letters; typos from four letters on, one up to seven letters, two from eight.
const prefixOf = (term: string): boolean => term.length >= 2;
const typosFor = (term: string): number => (term.length >= 4 ? Math.min(2, Math.round(term.length * 0.2)) : 0);

// For each field, how often each document (by number) has the term.
type Postings = (Map<number, number> | undefined)[];

// One indexed word standing for a query term, and how much it counts.
interface Derived {
  term: string;
  postings: Postings;
  weight: number;
}

export interface ScoredHit {
  key: string;
  score: number;
  // The indexed words this document matched, for highlighting.
  terms: string[];
}

export interface GroupedHits {
  // Every matching document of each group, and the best `limit` of them.
  counts: number[];
  best: ScoredHit[][];
}

export type Combine = 'and' | 'or';

// The words of a query, folded, each once.
const queryTerms = (query: string): string[] => [
  ...new Set(tokenize(query).flatMap((word) => processTerm(word) ?? [])),
];

// An inverted index ranked as MiniSearch ranks, with MiniSearch's radix tree for prefixes and typos, that scores
// into flat arrays and keeps only the best few of each group: MiniSearch's own search builds an object per hit and
// sorts them all, which for a word in most of 20,000 comments costs more than the rest of a query together.
export class TermIndex {
  private readonly terms = new SearchableMap<Postings>();
  private readonly numbers = new Map<string, number>();
  private readonly keys: (string | undefined)[] = [];
  private readonly groups: number[] = [];
  private readonly lengths: number[][] = INDEXED_FIELDS.map(() => []);
  private readonly totalLengths = INDEXED_FIELDS.map(() => 0);
  private free: number[] = [];
  private count = 0;
  // Per query, reused: a document's score, how many query terms it matched, and which query saw it last.
  private scores = new Float64Array(0);
  private matched = new Uint16Array(0);
  private lastTerm = new Int32Array(0);
  private seenBy = new Uint32Array(0);
  private queries = 0;

  constructor(private readonly groupCount: number) {}

  get size(): number {
    return this.count;
  }

  add(key: string, group: number, fields: IndexedFields): void {
    if (this.numbers.has(key)) throw new Error(`already indexed: ${key}`);
    const doc = this.free.pop() ?? this.keys.length;
    this.numbers.set(key, doc);
    this.keys[doc] = key;
    this.groups[doc] = group;
    this.count += 1;
    INDEXED_FIELDS.forEach((field, f) => {
      const words = tokenize(fields[field]);
      const length = new Set(words).size;
      (this.lengths[f] as number[])[doc] = length;
      this.totalLengths[f] = (this.totalLengths[f] ?? 0) + length;
      for (const word of words) {
        const term = processTerm(word);
        if (!term) continue;
        const postings = this.terms.fetch(term, () => []);
        const docs = (postings[f] ??= new Map());
        docs.set(doc, (docs.get(doc) ?? 0) + 1);
      }
    });
  }

  // `fields` are those the document was added with.
  remove(key: string, fields: IndexedFields): void {
    const doc = this.numbers.get(key);
    if (doc === undefined) return;
    INDEXED_FIELDS.forEach((field, f) => {
      for (const word of tokenize(fields[field])) {
        const term = processTerm(word);
        const postings = term ? this.terms.get(term) : undefined;
        if (!term || !postings) continue;
        postings[f]?.delete(doc);
        if (postings[f]?.size === 0) postings[f] = undefined;
        if (postings.every((docs) => docs === undefined)) this.terms.delete(term);
      }
      this.totalLengths[f] = (this.totalLengths[f] ?? 0) - ((this.lengths[f] as number[])[doc] ?? 0);
    });
    this.numbers.delete(key);
    this.keys[doc] = undefined;
    this.free.push(doc);
    this.count -= 1;
  }

  // Documents with every query term (`and`) or any (`or`), counted per group, the best `limit` of each group kept.
  search(query: string, combine: Combine, limit: number): GroupedHits {
    const counts = Array.from({ length: this.groupCount }, () => 0);
    const best: ScoredHit[][] = counts.map(() => []);
    const terms = queryTerms(query);
    if (terms.length === 0 || this.count === 0) return { counts, best };
    const derived = terms.map((term) => this.derive(term));
    const touched = this.score(derived, combine);
    const wanted = combine === 'and' ? terms.length : 1;
    const top: number[][] = counts.map(() => []);
    for (const doc of touched) {
      const matched = this.matched[doc] ?? 0;
      if (matched < wanted) continue;
      const group = this.groups[doc] ?? 0;
      counts[group] = (counts[group] ?? 0) + 1;
      // A document's score grows with the number of query terms it has.
      this.scores[doc] = (this.scores[doc] ?? 0) * matched;
      keepBest(top[group] ?? [], doc, this.scores, limit);
    }
    top.forEach((docs, group) => {
      best[group] = docs.map((doc) => ({
        key: this.keys[doc] ?? '',
        score: this.scores[doc] ?? 0,
        terms: derived.flat().flatMap((d) => (d.postings.some((docs) => docs?.has(doc)) ? [d.term] : [])),
      }));
    });
    return { counts, best };
  }

  // The indexed words a query term stands for: itself, the words it begins, and those a typo or two away.
  private derive(term: string): Derived[] {
    const derived: Derived[] = [];
    const exact = this.terms.get(term);
    if (exact) derived.push({ term, postings: exact, weight: 1 });
    const prefixed = new Set<string>();
    if (prefixOf(term)) {
      for (const [word, postings] of this.terms.atPrefix(term)) {
        const distance = word.length - term.length;
        if (distance === 0) continue;
        prefixed.add(word);
        derived.push({ term: word, postings, weight: (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * distance) });
      }
    }
    const typos = typosFor(term);
    if (typos > 0) {
      for (const [word, [postings, distance]] of this.terms.fuzzyGet(term, typos)) {
        if (distance === 0 || prefixed.has(word)) continue;
        derived.push({ term: word, postings, weight: (FUZZY_WEIGHT * word.length) / (word.length + distance) });
      }
    }
    return derived;
  }

  // Adds every match's BM25+ score into the per-document arrays; returns the documents touched, in order.
  private score(derived: Derived[][], combine: Combine): number[] {
    this.makeRoom();
    const query = ++this.queries;
    const touched: number[] = [];
    const documents = this.count;
    derived.forEach((words, t) => {
      for (const { postings, weight } of words) {
        postings.forEach((docs, f) => {
          if (!docs) return;
          const lengths = this.lengths[f] as number[];
          const average = (this.totalLengths[f] ?? 0) / documents || 1;
          const matching = docs.size;
          const idf = Math.log(1 + (documents - matching + 0.5) / (matching + 0.5));
          const factor = weight * (BOOST[f] ?? 1) * idf;
          for (const [doc, frequency] of docs) {
            if (this.seenBy[doc] !== query) {
              // With every term wanted, a document the first term missed can never qualify.
              if (t > 0 && combine === 'and') continue;
              this.seenBy[doc] = query;
              this.scores[doc] = 0;
              this.matched[doc] = 0;
              this.lastTerm[doc] = -1;
              touched.push(doc);
            }
            const norm = BM25.k * (1 - BM25.b + (BM25.b * (lengths[doc] ?? 0)) / average);
            this.scores[doc] =
              (this.scores[doc] ?? 0) + factor * (BM25.d + (frequency * (BM25.k + 1)) / (frequency + norm));
            if (this.lastTerm[doc] !== t) {
              this.lastTerm[doc] = t;
              this.matched[doc] = (this.matched[doc] ?? 0) + 1;
            }
          }
        });
      }
    });
    return touched;
  }

  private makeRoom(): void {
    const needed = this.keys.length;
    if (this.scores.length >= needed) return;
    const size = Math.max(needed, this.scores.length * 2, 1024);
    this.scores = new Float64Array(size);
    this.matched = new Uint16Array(size);
    this.lastTerm = new Int32Array(size);
    this.seenBy = new Uint32Array(size);
  }
}

// Keeps `top` the best `limit` documents so far, best first; of equal scores the one seen first stays ahead.
function keepBest(top: number[], doc: number, scores: Float64Array, limit: number): void {
  const score = scores[doc] ?? 0;
  if (top.length >= limit && score <= (scores[top[top.length - 1] ?? 0] ?? 0)) return;
  let at = top.length;
  while (at > 0 && (scores[top[at - 1] ?? 0] ?? 0) < score) at -= 1;
  top.splice(at, 0, doc);
  if (top.length > limit) top.pop();
}
