import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { KanalError } from '../errors';
import { loadStoredBodyParsers } from '../heavyModules';
import type { Notice } from '../api';
import { defaultData } from './defaultData';
import { DurableJsonFile } from './durableJsonFile';
import { writeFilesDurably, type FileContent } from './durableWrite';
import { migrate } from './migrations';
import { bodyAhead, isBeforeBodyFiles, splitPostBodies } from './postBodies';
import { postFilePath, postsFolderOf } from './postFiles';
import { refuseInvalid } from './refuseInvalid';
import { removeLeftovers } from './removeLeftovers';
import { setAside } from './setAside';
import { storageError } from './storageError';
import { storeFs } from './storeFs';
import { threadFilePath, threadsFolderOf } from './threadFiles';
import { z } from 'zod';
import {
  docSchema,
  postBodySchema,
  rootSchema,
  SCHEMA_VERSION,
  threadBodySchema,
  type PostBody,
  type PostInfo,
  type RootData,
  type ThreadBody,
  type ThreadIndex,
} from '../shared/schema';
import { acquireWriterLock, type WriterLock } from './writerLock';

export interface OpenOptions {
  // Read-only openers (CLI listings, exports) take no lock and never touch a damaged file.
  readOnly?: boolean;
  now?: () => Date;
}

export interface CommitResult<T> {
  result: T;
  // Thread bodies to write under new revisions before the root, and threads whose bodies go after it.
  threads?: ThreadWrite[];
  removedThreads?: { id: string; rev: number }[];
  // Nothing in the root changed (a draft's text): the thread bodies are rewritten in place under their current
  // revision, each atomically, and the root file is not written.
  rootUnchanged?: boolean;
  // Post bodies to write: a new post's before the root names it, an existing post's in place after the root lists it
  // in bodiesAhead. Removed posts' bodies go once the root no longer names them.
  posts?: PostBody[];
  removedPosts?: string[];
  // The root changed only in what the written post bodies carry (a post's date and word count): when the root
  // on disk already lists those posts in bodiesAhead, it is not written until the library closes.
  rootLater?: boolean;
}

export interface ThreadWrite {
  threadId: string;
  rev: number;
  body: ThreadBody;
}

// A body's envelope, and a document's outline: its nodes were checked against the editor's schema before.
const postBodyEnvelope = postBodySchema.extend({
  doc: docSchema.extend({ content: z.array(z.looseObject({ type: z.string() })).optional() }),
});

// The author's library: the root data file plus one file per post body and per comment thread beside it.
export class Library {
  readonly notices: Notice[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private readonly bodies = new Map<string, { rev: number; body: ThreadBody }>();
  private readonly postBodies = new Map<string, PostBody>();
  // What the root on disk names: its posts, and those it lists as having a newer body.
  private postsOnDisk = new Set<string>();
  private aheadOnDisk = new Set<string>();
  private rootPending = false;

  private constructor(
    readonly dataFile: string,
    private readonly db: Low<RootData>,
    private readonly lock: WriterLock | null,
  ) {}

  get data(): RootData {
    return this.db.data;
  }

  get threadsFolder(): string {
    return threadsFolderOf(this.dataFile);
  }

  get postsFolder(): string {
    return postsFolderOf(this.dataFile);
  }

  static async open(dataFile: string, options: OpenOptions = {}): Promise<Library> {
    if (!options.readOnly) {
      await storeFs.makeFolder(dirname(dataFile)).catch((error: unknown) => {
        throw storageError(error, `the folder of ${dataFile} could not be made`);
      });
    }
    const lock = options.readOnly ? null : acquireWriterLock(dataFile);
    try {
      const db = new Low<RootData>(new DurableJsonFile<RootData>(dataFile), defaultData());
      const library = new Library(dataFile, db, lock);
      await library.load(options);
      if (!options.readOnly) await removeLeftovers(dataFile, library.data);
      return library;
    } catch (error) {
      lock?.release();
      throw error;
    }
  }

  private async load(options: OpenOptions): Promise<void> {
    let raw: unknown;
    try {
      // Read through the adapter, not db.read(): lowdb would silently keep its defaults for a file holding null.
      raw = await this.db.adapter.read();
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw storageError(error, `${this.dataFile} could not be read`);
      return this.keepAside(`it is not valid JSON (${error.message})`, options);
    }
    if (raw === null && !(await storeFs.exists(this.dataFile))) {
      this.db.data = defaultData();
      if (!options.readOnly) await this.writeRoot();
      return;
    }
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
      return this.keepAside('it does not hold a Kanal library', options);
    let migrated: { data: Record<string, unknown>; migrated: boolean };
    try {
      migrated = migrate(raw as Record<string, unknown>);
    } catch (error) {
      if (error instanceof KanalError && error.code === 'too-new') {
        throw new KanalError('too-new', `${this.dataFile} cannot be opened: ${error.message}.`);
      }
      return this.keepAside((error as Error).message, options);
    }
    let bodies: PostBody[] = [];
    if (isBeforeBodyFiles(raw as Record<string, unknown>)) {
      const { parsePostBody } = await loadStoredBodyParsers();
      try {
        bodies = splitPostBodies(raw as Record<string, unknown>, migrated.data, parsePostBody);
      } catch (error) {
        return this.keepAside(`a post in it cannot be read (${(error as Error).message})`, options);
      }
    }
    const parsed = rootSchema.safeParse(migrated.data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return this.keepAside(
        `it does not match Kanal's format (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})`,
        options,
      );
    }
    this.db.data = parsed.data;
    this.rememberRootOnDisk();
    for (const body of bodies) this.postBodies.set(body.postId, body);
    await this.catchUpBodiesAhead();
    if (!migrated.migrated || options.readOnly) return;
    // Bodies first: until the root is rewritten without them, the old root still holds every post whole.
    await this.writePostBodies(bodies);
    await this.writeRoot();
  }

  // Posts saved after the root was last written: their date and word count come from their bodies.
  private async catchUpBodiesAhead(): Promise<void> {
    for (const id of this.data.bodiesAhead) {
      const post = this.data.posts.find((p) => p.id === id);
      if (post) Object.assign(post, bodyAhead(post, await this.readPostBody(post)));
    }
  }

  // A damaged file is never overwritten: it is set aside with its thread files, the author is told, and a fresh library starts.
  private async keepAside(reason: string, options: OpenOptions): Promise<void> {
    if (options.readOnly) throw new KanalError('corrupt', `${this.dataFile} cannot be read: ${reason}.`);
    const now = options.now?.() ?? new Date();
    const aside = await setAside(this.dataFile, now);
    const folders = [
      aside.threads ? `its comment threads in ${aside.threads}` : '',
      aside.posts ? `the text of its posts in ${aside.posts}` : '',
    ].filter(Boolean);
    const threads = folders.length ? `, ${folders.join(' and ')},` : '';
    this.notices.push({
      id: `kept-aside-${now.getTime()}`,
      level: 'error',
      message: `Kanal could not read its data file because ${reason}. The file was kept unchanged as ${aside.file}${threads} and an empty library was started.`,
    });
    this.db.data = defaultData();
    await this.writeRoot();
  }

  // Serializes every change: new bodies first (threads under new revisions, new posts), then the root that points at
  // them, then the post bodies it lists as ahead. If anything fails, memory is reloaded from the root on disk.
  commit<T>(change: (data: RootData) => CommitResult<T> | Promise<CommitResult<T>>): Promise<T> {
    const run = async (): Promise<T> => {
      if (!this.lock) throw new KanalError('read-only', 'This library was opened read-only.');
      let outcome: CommitResult<T>;
      const written: ThreadWrite[] = [];
      try {
        outcome = await change(this.db.data);
        if (outcome.rootUnchanged) this.checkInPlace(outcome.threads ?? []);
        const posts = outcome.posts ?? [];
        const fresh = posts.filter((body) => !this.postsOnDisk.has(body.postId));
        const rewritten = posts.filter((body) => this.postsOnDisk.has(body.postId));
        for (const body of rewritten) {
          if (!this.data.bodiesAhead.includes(body.postId)) this.data.bodiesAhead.push(body.postId);
        }
        const threads = outcome.threads ?? [];
        const rootWaits =
          outcome.rootUnchanged ||
          (outcome.rootLater && fresh.length === 0 && rewritten.every((body) => this.aheadOnDisk.has(body.postId)));
        this.refuseInvalidDocuments(threads, posts, !rootWaits);
        await this.writeBodies(threads, fresh);
        written.push(...threads);
        if (!rootWaits) await this.writeRoot();
        else if (outcome.rootLater) this.rootPending = true;
        await this.writePostBodies(rewritten);
        for (const body of posts) this.postBodies.set(body.postId, body);
      } catch (error) {
        // Memory may hold half of the change: go back to what is on disk, and drop the bodies it does not name.
        this.bodies.clear();
        if (await this.reload()) await this.removeBodiesNotNamed(written);
        throw error;
      }
      for (const t of outcome.threads ?? []) {
        const old = this.bodies.get(t.threadId);
        this.bodies.set(t.threadId, { rev: t.rev, body: t.body });
        if (old && old.rev !== t.rev) await this.removeBody(t.threadId, old.rev);
      }
      for (const t of outcome.removedThreads ?? []) {
        this.bodies.delete(t.id);
        await this.removeBody(t.id, t.rev);
      }
      for (const id of outcome.removedPosts ?? []) {
        this.postBodies.delete(id);
        await storeFs.remove(postFilePath(this.postsFolder, id)).catch(() => undefined);
      }
      return outcome.result;
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  // A post's body: from memory once read or written, else from its file, checked and made safe to show.
  async readPostBody(post: Pick<PostInfo, 'id' | 'title'>): Promise<PostBody> {
    const cached = this.postBodies.get(post.id);
    if (cached) return cached;
    const file = postFilePath(this.postsFolder, post.id);
    let body: PostBody;
    try {
      const { parsePostBody } = await loadStoredBodyParsers();
      body = parsePostBody(JSON.parse(await storeFs.readText(file)), post.id);
    } catch (error) {
      const title = post.title.trim() || post.id;
      throw new KanalError(
        'corrupt',
        `The text of "${title}" cannot be read from ${file}: ${(error as Error).message}`,
      );
    }
    this.postBodies.set(post.id, body);
    return body;
  }

  async readThreadBody(thread: ThreadIndex): Promise<ThreadBody> {
    const cached = this.cachedThreadBody(thread);
    if (cached) return cached;
    const file = threadFilePath(this.threadsFolder, thread.id, thread.rev);
    let body: ThreadBody;
    try {
      const { parseThreadBody } = await loadStoredBodyParsers();
      body = parseThreadBody(JSON.parse(await storeFs.readText(file)));
    } catch (error) {
      throw new KanalError(
        'corrupt',
        `The comments of "${thread.title}" cannot be read from ${file}: ${(error as Error).message}`,
      );
    }
    this.bodies.set(thread.id, { rev: thread.rev, body });
    return body;
  }

  // The body in memory, if it was read or written since it last changed. Every change replaces the body object,
  // so a reader that keeps what it derived from one body can tell by identity whether it is still current.
  cachedThreadBody(thread: ThreadIndex): ThreadBody | null {
    const cached = this.bodies.get(thread.id);
    return cached && cached.rev === thread.rev ? cached.body : null;
  }

  // Writes what waited (post dates and word counts kept only in bodies so far), then lets go of the library.
  async close(): Promise<void> {
    if (this.lock && (this.rootPending || this.data.bodiesAhead.length > 0)) {
      await this.commit((data) => {
        data.bodiesAhead = [];
        return { result: undefined };
      }).catch(() => undefined);
    }
    await this.queue;
    this.lock?.release();
  }

  // A body rewritten in place must be the one the root already points at.
  private checkInPlace(writes: ThreadWrite[]): void {
    for (const t of writes) {
      const current = this.db.data.threads.find((thread) => thread.id === t.threadId);
      if (current?.rev !== t.rev)
        throw new Error(`Thread ${t.threadId} cannot be rewritten in place at revision ${t.rev}.`);
    }
  }

  // Every file of the change is checked against the schema it is read back with before the first is written.
  private refuseInvalidDocuments(threads: ThreadWrite[], posts: PostBody[], withRoot: boolean): void {
    for (const t of threads) refuseInvalid(threadBodySchema, t.body, `the comments of thread ${t.threadId}`);
    for (const body of posts) refuseInvalid(postBodyEnvelope, body, `the text of post ${body.postId}`);
    if (withRoot) refuseInvalid(rootSchema, { ...this.db.data, schemaVersion: SCHEMA_VERSION }, 'the library');
  }

  // Thread bodies under their new revisions and bodies of new posts, all made durable together.
  private async writeBodies(threads: ThreadWrite[], posts: PostBody[]): Promise<void> {
    if (threads.length === 0 && posts.length === 0) return;
    if (threads.length > 0) await this.makeFolder(this.threadsFolder);
    if (posts.length > 0) await this.makeFolder(this.postsFolder);
    const files: FileContent[] = threads.map((t) => ({
      path: threadFilePath(this.threadsFolder, t.threadId, t.rev),
      content: () => JSON.stringify(t.body),
    }));
    await writeFilesDurably([...files, ...this.postFiles(posts)]);
  }

  private async writePostBodies(posts: PostBody[]): Promise<void> {
    if (posts.length === 0) return;
    await this.makeFolder(this.postsFolder);
    await writeFilesDurably(this.postFiles(posts));
  }

  // Written as checked by refuseInvalidDocuments: its envelope against the schema it is read back with, its document
  // by the editor's rules, which every caller applied already (validateDoc).
  private postFiles(posts: PostBody[]): FileContent[] {
    return posts.map((body) => ({
      path: postFilePath(this.postsFolder, body.postId),
      content: () => JSON.stringify(body),
    }));
  }

  private async makeFolder(folder: string): Promise<void> {
    await storeFs.makeFolder(folder).catch((error: unknown) => {
      throw storageError(error, `the folder ${folder} could not be made`);
    });
  }

  private async writeRoot(): Promise<void> {
    this.db.data.schemaVersion = SCHEMA_VERSION;
    await this.db.write();
    this.rememberRootOnDisk();
    this.rootPending = false;
  }

  private rememberRootOnDisk(): void {
    this.postsOnDisk = new Set(this.data.posts.map((post) => post.id));
    this.aheadOnDisk = new Set(this.data.bodiesAhead);
  }

  // A body that is no longer named is only a leftover: failing to remove it now must not fail a saved change.
  private async removeBody(threadId: string, rev: number): Promise<void> {
    await storeFs.remove(threadFilePath(this.threadsFolder, threadId, rev)).catch(() => undefined);
  }

  private async removeBodiesNotNamed(written: ThreadWrite[]): Promise<void> {
    for (const t of written) {
      if (this.data.threads.some((thread) => thread.id === t.threadId && thread.rev === t.rev)) continue;
      await this.removeBody(t.threadId, t.rev);
    }
  }

  // Whether memory now holds the root on disk; if it cannot be read, nothing is assumed about it.
  // Post bodies in memory are those on disk (a body is cached only once written), so ahead posts are caught up from them.
  private async reload(): Promise<boolean> {
    const raw = await new DurableJsonFile<unknown>(this.dataFile).read().catch(() => null);
    const parsed = rootSchema.safeParse(raw);
    if (!parsed.success) return false;
    this.db.data = parsed.data;
    this.rememberRootOnDisk();
    this.rootPending = false;
    await this.catchUpBodiesAhead().catch(() => undefined);
    return true;
  }
}
