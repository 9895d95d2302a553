import { basename, dirname, relative } from 'node:path';
import { Low } from 'lowdb';
import * as z from 'zod';
import { KanalError, notFound } from '../errors';
import { loadStoredBodyParsers } from '../heavyModules';
import type { BackupSummary, Notice } from '../api';
import { BackupSchedule } from './backups/backupSchedule';
import { readBackup, listBackups, summaryOf } from './backups/listBackups';
import { newestUsableBackup, putInPlace, verifyBackup } from './backups/restoreBackup';
import { defaultData } from './defaultData';
import { DurableJsonFile } from './durableJsonFile';
import { writeFilesDurably, type DurableWriteOptions } from './durableWrite';
import { hashText, KnownFiles } from './knownFiles';
import { libraryFiles } from './libraryFiles';
import { parseRoot } from './parseRoot';
import { pathInside } from './pathInside';
import { bodyAhead, splitPostBodies } from './postBodies';
import { isPostFileName, postFilePath, postsFolderOf } from './postFiles';
import { refuseInvalid } from './refuseInvalid';
import { refuseInvalidRoot } from './refuseInvalidRoot';
import { removeLeftovers } from './removeLeftovers';
import { setAside } from './setAside';
import { storageError } from './storageError';
import { storeFs } from './storeFs';
import { stringifyInSlices } from './stringifyInSlices';
import { TimeSlices } from '../search/timeSlices';
import { isThreadFileName, threadFilePath, threadsFolderOf } from './threadFiles';
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
import { watchFolder } from './watchFolder';
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

// A root read from its text: the library it holds, or why it is not one.
type StoredRoot =
  | { ok: true; data: RootData; migrated: boolean; bodiesInRoot: boolean; bodies: PostBody[] }
  | { ok: false; reason: string };

// A file to write, made into text only as it is written.
interface KnownWrite {
  path: string;
  text: () => string;
}

const CHANGED_ON_DISK = 'changed-on-disk';

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
  // What Kanal last read or wrote, to notice another program's change before writing over it.
  private readonly known = new KnownFiles();
  private readonly backups: BackupSchedule | null;
  private changedOnDisk: string[] | null = null;
  private stopWatching: () => void = () => undefined;
  // Folders made or found since the files last moved: a save does not ask for its folder again.
  private readonly madeFolders = new Set<string>();

  private constructor(
    readonly dataFile: string,
    private readonly db: Low<RootData>,
    private readonly lock: WriterLock | null,
    private readonly options: OpenOptions,
  ) {
    this.backups = lock ? new BackupSchedule(dataFile, () => this.now()) : null;
  }

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
      const library = new Library(dataFile, db, lock, options);
      await library.load();
      if (!options.readOnly) {
        await removeLeftovers(dataFile, library.data);
        library.watch();
      }
      return library;
    } catch (error) {
      lock?.release();
      throw error;
    }
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private async load(): Promise<void> {
    const { readOnly } = this.options;
    let text: string | null;
    try {
      text = await storeFs.readText(this.dataFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        throw storageError(error, `${this.dataFile} could not be read`);
      text = null;
    }
    if (text === null) {
      this.db.data = defaultData();
      if (!readOnly) await this.writeRoot();
      return;
    }
    const root = await this.rootFrom(text);
    if (!root.ok) return this.keepAside(root.reason);
    // Read-only commands still list a library whose body file is gone; the writer sets such a root aside.
    const missing = readOnly ? null : await this.missingFile(root.data, root.bodiesInRoot);
    if (missing) return this.keepAside(`it names ${missing}, which is missing`);
    await this.adopt(root);
    if (readOnly) return;
    await this.known.remember(this.dataFile, text);
    if (!root.migrated) return;
    // A migration rewrites the file in a newer format: never without a backup of the older one. Bodies first: until
    // the root is rewritten without them, the old root still holds every post whole.
    const backedUp = await this.backUp('migration');
    await this.writePostBodies(root.bodies);
    if (backedUp) await this.writeRoot();
  }

  // The library a root file's text holds, with the post bodies an older root carries itself; a file from a newer
  // Kanal is refused by throwing (it is not damaged: it must be left alone, not set aside).
  private async rootFrom(text: string): Promise<StoredRoot> {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      return { ok: false, reason: `it is not valid JSON (${(error as Error).message})` };
    }
    let parsed: ReturnType<typeof parseRoot>;
    try {
      parsed = parseRoot(raw);
    } catch (error) {
      if (error instanceof KanalError && error.code === 'too-new')
        throw new KanalError('too-new', `${this.dataFile} cannot be opened: ${error.message}.`);
      throw error;
    }
    if (!parsed.ok) return parsed;
    if (!parsed.bodiesInRoot) return { ...parsed, bodies: [] };
    const { parsePostBody } = await loadStoredBodyParsers();
    try {
      return { ...parsed, bodies: splitPostBodies(raw as Record<string, unknown>, parsed.record, parsePostBody) };
    } catch (error) {
      return { ok: false, reason: `a post in it cannot be read (${(error as Error).message})` };
    }
  }

  // Makes a root read from disk the library in memory.
  private async adopt(root: Extract<StoredRoot, { ok: true }>): Promise<void> {
    this.db.data = root.data;
    this.rememberRootOnDisk();
    for (const body of root.bodies) this.postBodies.set(body.postId, body);
    await this.catchUpBodiesAhead();
  }

  // Posts saved after the root was last written: their date and word count come from their bodies.
  private async catchUpBodiesAhead(): Promise<void> {
    for (const id of this.data.bodiesAhead) {
      const post = this.data.posts.find((p) => p.id === id);
      if (post) Object.assign(post, bodyAhead(post, await this.readPostBody(post)));
    }
  }

  private async missingFile(data: RootData, bodiesInRoot: boolean): Promise<string | null> {
    for (const path of libraryFiles(this.dataFile, data, bodiesInRoot).slice(1)) {
      if (!(await storeFs.exists(pathInside(dirname(this.dataFile), path)))) return path;
    }
    return null;
  }

  // A damaged file is never overwritten: it is set aside with its post and thread files, the newest usable backup is
  // restored (or, with none, a fresh library starts), and the author is told.
  private async keepAside(reason: string): Promise<void> {
    if (this.options.readOnly) throw new KanalError('corrupt', `${this.dataFile} cannot be read: ${reason}.`);
    const now = this.now();
    this.madeFolders.clear();
    const aside = await setAside(this.dataFile, now);
    const usable = await newestUsableBackup(this.dataFile);
    const restored = usable ? await this.rootFrom(usable.rootText) : null;
    if (usable && restored?.ok) await putInPlace(this.dataFile, usable);
    const folders = [
      aside.threads ? `its comment threads in ${aside.threads}` : '',
      aside.posts ? `the text of its posts in ${aside.posts}` : '',
    ].filter(Boolean);
    const threads = folders.length ? `, ${folders.join(' and ')},` : '';
    const backupTime = restored?.ok ? usable?.backup.manifest.createdAt : undefined;
    const outcome = backupTime
      ? `the library was restored from its backup of ${backupTime}`
      : 'an empty library was started';
    this.notices.push({
      id: `kept-aside-${now.getTime()}`,
      level: 'error',
      kind: backupTime ? 'restored' : 'set-aside',
      values: { reason, file: aside.file, ...(backupTime ? { backupTime } : {}) },
      message: `Kanal could not read its data file because ${reason}. The file was kept unchanged as ${aside.file}${threads} and ${outcome}.`,
    });
    if (restored?.ok) {
      await this.adopt(restored);
      await this.writePostBodies(restored.bodies);
    } else this.db.data = defaultData();
    await this.writeRoot();
  }

  // Serializes every change: new bodies first (threads under new revisions, new posts), then the root that points at
  // them, then the post bodies it lists as ahead. If anything fails, memory is reloaded from the root on disk.
  commit<T>(change: (data: RootData) => CommitResult<T> | Promise<CommitResult<T>>): Promise<T> {
    return this.enqueue(async (): Promise<T> => {
      this.requireWriter();
      await this.refuseIfChangedOnDisk();
      await this.backUpBeforeChange();
      let outcome: CommitResult<T>;
      const written: ThreadWrite[] = [];
      try {
        outcome = await change(this.db.data);
        if (outcome.rootUnchanged) this.checkInPlace(outcome.threads ?? []);
        const posts = outcome.posts ?? [];
        const fresh = posts.filter((body) => !this.postsOnDisk.has(body.postId));
        const rewritten = posts.filter((body) => this.postsOnDisk.has(body.postId));
        const threads = outcome.threads ?? [];
        // Files rewritten in place must still be the ones Kanal last knew: checked while the first files of the
        // change are written, and before any of them replaces one.
        const unchanged = this.refuseChangedFiles([
          ...(outcome.rootUnchanged ? threads.map((t) => threadFilePath(this.threadsFolder, t.threadId, t.rev)) : []),
          ...rewritten.map((body) => postFilePath(this.postsFolder, body.postId)),
        ]);
        unchanged.catch(() => undefined);
        const beforeRename = () => unchanged;
        for (const body of rewritten) {
          if (!this.data.bodiesAhead.includes(body.postId)) this.data.bodiesAhead.push(body.postId);
        }
        const rootWaits =
          outcome.rootUnchanged ||
          (outcome.rootLater && fresh.length === 0 && rewritten.every((body) => this.aheadOnDisk.has(body.postId)));
        await this.refuseInvalidDocuments(threads, posts, !rootWaits);
        await this.writeBodies(threads, fresh, beforeRename);
        written.push(...threads);
        if (!rootWaits) await this.writeRoot(beforeRename);
        else if (outcome.rootLater) this.rootPending = true;
        await this.writePostBodies(rewritten, beforeRename);
        // A change that wrote nothing is refused all the same.
        await unchanged;
        for (const body of posts) this.postBodies.set(body.postId, body);
      } catch (error) {
        // Another program's version is on disk: memory keeps the author's, for "Keep mine".
        if (error instanceof KanalError && error.code === CHANGED_ON_DISK) throw error;
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
        const file = postFilePath(this.postsFolder, id);
        this.known.forget(file);
        await storeFs.remove(file).catch(() => undefined);
      }
      return outcome.result;
    });
  }

  // A post's body: from memory once read or written, else from its file, checked and made safe to show.
  async readPostBody(post: Pick<PostInfo, 'id' | 'title'>): Promise<PostBody> {
    const cached = this.postBodies.get(post.id);
    if (cached) return cached;
    const file = postFilePath(this.postsFolder, post.id);
    let body: PostBody;
    let text: string;
    try {
      const { parsePostBody } = await loadStoredBodyParsers();
      text = await storeFs.readText(file);
      body = parsePostBody(JSON.parse(text), post.id);
    } catch (error) {
      const title = post.title.trim() || post.id;
      throw new KanalError(
        'corrupt',
        `The text of "${title}" cannot be read from ${file}: ${(error as Error).message}`,
      );
    }
    if (this.lock) await this.known.remember(file, text).catch(() => undefined);
    this.postBodies.set(post.id, body);
    return body;
  }

  async readThreadBody(thread: ThreadIndex): Promise<ThreadBody> {
    const cached = this.cachedThreadBody(thread);
    if (cached) return cached;
    const file = threadFilePath(this.threadsFolder, thread.id, thread.rev);
    let body: ThreadBody;
    let text: string;
    try {
      const { parseThreadBody } = await loadStoredBodyParsers();
      text = await storeFs.readText(file);
      body = parseThreadBody(JSON.parse(text));
    } catch (error) {
      throw new KanalError(
        'corrupt',
        `The comments of "${thread.title}" cannot be read from ${file}: ${(error as Error).message}`,
      );
    }
    if (this.lock) await this.known.remember(file, text).catch(() => undefined);
    this.bodies.set(thread.id, { rev: thread.rev, body });
    return body;
  }

  // The body in memory, if it was read or written since it last changed. Every change replaces the body object,
  // so a reader that keeps what it derived from one body can tell by identity whether it is still current.
  cachedThreadBody(thread: ThreadIndex): ThreadBody | null {
    const cached = this.bodies.get(thread.id);
    return cached && cached.rev === thread.rev ? cached.body : null;
  }

  // The library's snapshots, newest first.
  async listBackups(): Promise<BackupSummary[]> {
    return (await listBackups(this.dataFile)).map(summaryOf);
  }

  // Puts a snapshot back, after a snapshot of the library as it is now.
  restoreBackup(id: string): Promise<BackupSummary> {
    return this.enqueue(async () => {
      this.requireWriter();
      const backup = await readBackup(this.dataFile, id);
      if (!backup) throw notFound('backup', id);
      const verified = await verifyBackup(this.dataFile, backup);
      if (typeof verified === 'string')
        throw new KanalError('corrupt', `The backup of ${backup.manifest.createdAt} cannot be restored: ${verified}.`);
      const root = await this.rootFrom(verified.rootText);
      if (!root.ok)
        throw new KanalError(
          'corrupt',
          `The backup of ${backup.manifest.createdAt} cannot be restored: ${root.reason}.`,
        );
      await this.backUp('before-restore', { required: true });
      await putInPlace(this.dataFile, verified);
      this.forgetMemory();
      this.clearChangedOnDisk();
      await this.adopt(root);
      await this.writePostBodies(root.bodies);
      await this.writeRoot();
      await removeLeftovers(this.dataFile, this.data);
      return summaryOf(backup);
    });
  }

  // After another program changed the files: load its version, or write the author's over it. The version not
  // chosen is kept as a backup either way.
  resolveChange(keep: 'theirs' | 'mine'): Promise<void> {
    return this.enqueue(async () => {
      this.requireWriter();
      const changed = this.changedOnDisk;
      if (!changed) return;
      if (keep === 'mine') {
        await this.backUp('before-keeping-mine', { required: true });
        await this.rewriteCachedBodies(changed);
        await this.writeRoot();
        this.clearChangedOnDisk();
        return;
      }
      await this.backUp('before-loading-theirs', { required: true, rootText: JSON.stringify(this.db.data) });
      this.forgetMemory();
      this.clearChangedOnDisk();
      await this.load();
    });
  }

  // Writes what waited (post dates and word counts kept only in bodies so far), then lets go of the library.
  async close(): Promise<void> {
    this.stopWatching();
    if (this.lock && (this.rootPending || this.data.bodiesAhead.length > 0)) {
      await this.commit((data) => {
        data.bodiesAhead = [];
        return { result: undefined };
      }).catch(() => undefined);
    }
    await this.queue;
    this.lock?.release();
  }

  private enqueue<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private requireWriter(): void {
    if (!this.lock) throw new KanalError('read-only', 'This library was opened read-only.');
  }

  // Bodies and fingerprints of files whose content is about to be replaced by another version.
  private forgetMemory(): void {
    this.madeFolders.clear();
    this.bodies.clear();
    this.postBodies.clear();
    this.known.clear();
  }

  // Snapshots before the first change of a session and then at most once per interval. A snapshot that fails does
  // not stop the author's save (the author is told), unless the step needs it.
  private async backUpBeforeChange(): Promise<void> {
    if (this.backups?.dueBeforeChange()) await this.backUp(this.backups.taken ? 'interval' : 'opened');
  }

  private async backUp(
    reason: Parameters<BackupSchedule['take']>[0],
    options: { required?: boolean; rootText?: string } = {},
  ): Promise<boolean> {
    if (!this.backups) return false;
    try {
      await this.backups.take(reason, options.rootText);
      return true;
    } catch (error) {
      if (options.required) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      const message = `Kanal could not make a backup of the library: ${reason}`;
      if (!this.notices.some((n) => n.kind === 'backup-failed'))
        this.notices.push({
          id: `backup-failed-${this.now().getTime()}`,
          level: 'warning',
          kind: 'backup-failed',
          values: { error: reason },
          message,
        });
      return false;
    }
  }

  private async refuseIfChangedOnDisk(): Promise<void> {
    if (!this.changedOnDisk && !(await this.known.unchanged(this.dataFile))) this.raiseChangedOnDisk([this.dataFile]);
    if (this.changedOnDisk) throw this.changedOnDiskError(this.changedOnDisk);
  }

  private async refuseChangedFiles(paths: string[]): Promise<void> {
    const changed: string[] = [];
    for (const path of paths) if (!(await this.known.unchanged(path))) changed.push(path);
    if (changed.length === 0) return;
    this.raiseChangedOnDisk(changed);
    throw this.changedOnDiskError(changed);
  }

  private raiseChangedOnDisk(paths: string[]): void {
    this.changedOnDisk = paths;
    const files = paths.map((p) => relative(dirname(this.dataFile), p)).join(', ');
    this.notices.push({
      id: CHANGED_ON_DISK,
      level: 'error',
      kind: CHANGED_ON_DISK,
      values: { files },
      message: `Another program changed ${files} since Kanal read it. Kanal saves nothing there until you choose: "Load theirs" opens that version, "Keep mine" saves yours over it; the other one is kept as a backup either way.`,
    });
  }

  private changedOnDiskError(paths: string[]): KanalError {
    const files = paths.map((p) => basename(p)).join(', ');
    return new KanalError(
      CHANGED_ON_DISK,
      `Not saved: another program changed ${files}. Choose "Load theirs" or "Keep mine".`,
    );
  }

  private clearChangedOnDisk(): void {
    this.changedOnDisk = null;
    const index = this.notices.findIndex((n) => n.id === CHANGED_ON_DISK);
    if (index >= 0) this.notices.splice(index, 1);
  }

  // Another program's change is noticed as it happens, not only at the next save.
  private watch(): void {
    const rootName = basename(this.dataFile);
    const check = () => void this.checkOnDisk();
    const stops = [
      watchFolder(dirname(this.dataFile), (name) => name === rootName, check),
      watchFolder(this.threadsFolder, isThreadFileName, check),
      watchFolder(this.postsFolder, isPostFileName, check),
    ];
    this.stopWatching = () => stops.forEach((stop) => stop());
  }

  private checkOnDisk(): Promise<void> {
    return this.enqueue(async () => {
      if (this.changedOnDisk) return;
      const changed: string[] = [];
      for (const path of this.known.paths()) if (!(await this.known.unchanged(path))) changed.push(path);
      if (changed.length > 0) this.raiseChangedOnDisk(changed);
    }).catch(() => undefined);
  }

  // A body rewritten in place must be the one the root already points at.
  private checkInPlace(writes: ThreadWrite[]): void {
    for (const t of writes) {
      const current = this.db.data.threads.find((thread) => thread.id === t.threadId);
      if (current?.rev !== t.rev)
        throw new Error(`Thread ${t.threadId} cannot be rewritten in place at revision ${t.rev}.`);
    }
  }

  // Every file of the change is checked against the schema it is read back with before the first is written; in
  // slices, as an import's thousand files take far longer to check than the event loop may wait.
  private async refuseInvalidDocuments(threads: ThreadWrite[], posts: PostBody[], withRoot: boolean): Promise<void> {
    const slices = new TimeSlices();
    for (const t of threads) {
      if (slices.due()) await slices.pause();
      refuseInvalid(threadBodySchema, t.body, `the comments of thread ${t.threadId}`);
    }
    for (const body of posts) {
      if (slices.due()) await slices.pause();
      refuseInvalid(postBodyEnvelope, body, `the text of post ${body.postId}`);
    }
    if (withRoot) await refuseInvalidRoot({ ...this.db.data, schemaVersion: SCHEMA_VERSION }, slices);
  }

  // Thread bodies under their new revisions and bodies of new posts, all made durable together.
  private async writeBodies(
    threads: ThreadWrite[],
    posts: PostBody[],
    beforeRename?: () => Promise<void>,
  ): Promise<void> {
    if (threads.length === 0 && posts.length === 0) return;
    if (threads.length > 0) await this.makeFolder(this.threadsFolder);
    if (posts.length > 0) await this.makeFolder(this.postsFolder);
    const files: KnownWrite[] = threads.map((t) => ({
      path: threadFilePath(this.threadsFolder, t.threadId, t.rev),
      text: () => JSON.stringify(t.body),
    }));
    await this.writeKnown([...files, ...this.postFiles(posts)], { beforeRename });
  }

  private async writePostBodies(posts: PostBody[], beforeRename?: () => Promise<void>): Promise<void> {
    if (posts.length === 0) return;
    await this.makeFolder(this.postsFolder);
    await this.writeKnown(this.postFiles(posts), { beforeRename });
  }

  // Written as checked by refuseInvalidDocuments: its envelope against the schema it is read back with, its document
  // by the editor's rules, which every caller applied already (validateDoc).
  private postFiles(posts: PostBody[]): KnownWrite[] {
    return posts.map((body) => ({
      path: postFilePath(this.postsFolder, body.postId),
      text: () => JSON.stringify(body),
    }));
  }

  // Writes files durably and remembers each as Kanal's own, so neither the watcher nor the next save takes them for
  // another program's change.
  private async writeKnown(files: KnownWrite[], options: DurableWriteOptions = {}): Promise<void> {
    const hashes = new Map<string, string>();
    const written = await writeFilesDurably(
      files.map((file) => ({
        path: file.path,
        content: () => {
          const text = file.text();
          hashes.set(file.path, hashText(text));
          return text;
        },
      })),
      options,
    ).catch((error: unknown) => {
      // Its folder may be what went missing: the next try makes it again.
      this.madeFolders.clear();
      throw error;
    });
    for (const [path, sha256] of hashes) {
      await this.known.rememberHash(path, sha256, written.get(path)).catch(() => this.known.forget(path));
    }
  }

  private async makeFolder(folder: string): Promise<void> {
    if (this.madeFolders.has(folder)) return;
    await storeFs.makeFolder(folder).catch((error: unknown) => {
      throw storageError(error, `the folder ${folder} could not be made`);
    });
    this.madeFolders.add(folder);
  }

  private async writeRoot(beforeRename?: () => Promise<void>): Promise<void> {
    this.db.data.schemaVersion = SCHEMA_VERSION;
    const text = await stringifyInSlices(this.db.data, new TimeSlices());
    await this.writeKnown([{ path: this.dataFile, text: () => text }], { beforeRename });
    this.rememberRootOnDisk();
    this.rootPending = false;
  }

  private rememberRootOnDisk(): void {
    this.postsOnDisk = new Set(this.data.posts.map((post) => post.id));
    this.aheadOnDisk = new Set(this.data.bodiesAhead);
  }

  // "Keep mine" for body files: the bodies Kanal holds go back over the changed files.
  private async rewriteCachedBodies(changed: string[]): Promise<void> {
    const threads: ThreadWrite[] = [...this.bodies]
      .map(([threadId, { rev, body }]) => ({ threadId, rev, body }))
      .filter((t) => changed.includes(threadFilePath(this.threadsFolder, t.threadId, t.rev)));
    const posts = [...this.postBodies.values()].filter((body) =>
      changed.includes(postFilePath(this.postsFolder, body.postId)),
    );
    if (threads.length > 0) await this.makeFolder(this.threadsFolder);
    if (posts.length > 0) await this.makeFolder(this.postsFolder);
    await this.writeKnown([
      ...threads.map((t) => ({
        path: threadFilePath(this.threadsFolder, t.threadId, t.rev),
        text: () => JSON.stringify(t.body),
      })),
      ...this.postFiles(posts),
    ]);
  }

  // A body that is no longer named is only a leftover: failing to remove it now must not fail a saved change.
  private async removeBody(threadId: string, rev: number): Promise<void> {
    const file = threadFilePath(this.threadsFolder, threadId, rev);
    this.known.forget(file);
    await storeFs.remove(file).catch(() => undefined);
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
    const text = await storeFs.readText(this.dataFile).catch(() => null);
    let parsed: ReturnType<typeof rootSchema.safeParse> | null;
    try {
      parsed = text === null ? null : rootSchema.safeParse(JSON.parse(text));
    } catch {
      parsed = null;
    }
    if (!parsed?.success || text === null) return false;
    this.db.data = parsed.data;
    await this.known.remember(this.dataFile, text).catch(() => this.known.forget(this.dataFile));
    this.rememberRootOnDisk();
    this.rootPending = false;
    await this.catchUpBodiesAhead().catch(() => undefined);
    return true;
  }
}
