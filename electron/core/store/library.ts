import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { KanalError } from '../errors';
import type { Notice } from '../api';
import { defaultData } from './defaultData';
import { DurableJsonFile } from './durableJsonFile';
import { writeFileDurably } from './durableWrite';
import { migrate } from './migrations';
import { parseThreadBody } from './parseThreadBody';
import { refuseInvalid } from './refuseInvalid';
import { rememberCheckedBodies, refuseInvalidRoot } from './refuseInvalidRoot';
import { removeLeftovers } from './removeLeftovers';
import { setAside } from './setAside';
import { storageError } from './storageError';
import { storeFs } from './storeFs';
import { threadFilePath, threadsFolderOf } from './threadFiles';
import {
  rootSchema,
  SCHEMA_VERSION,
  threadBodySchema,
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
}

export interface ThreadWrite {
  threadId: string;
  rev: number;
  body: ThreadBody;
}

// The author's library: the root data file plus one file per comment thread beside it.
export class Library {
  readonly notices: Notice[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private readonly bodies = new Map<string, { rev: number; body: ThreadBody }>();

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
      if (!options.readOnly) await this.db.write();
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
    const parsed = rootSchema.safeParse(migrated.data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return this.keepAside(
        `it does not match Kanal's format (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})`,
        options,
      );
    }
    this.db.data = parsed.data;
    rememberCheckedBodies(parsed.data);
    if (migrated.migrated && !options.readOnly) await this.db.write();
  }

  // A damaged file is never overwritten: it is set aside with its thread files, the author is told, and a fresh library starts.
  private async keepAside(reason: string, options: OpenOptions): Promise<void> {
    if (options.readOnly) throw new KanalError('corrupt', `${this.dataFile} cannot be read: ${reason}.`);
    const now = options.now?.() ?? new Date();
    const aside = await setAside(this.dataFile, now);
    const threads = aside.threads ? `, its comment threads in ${aside.threads},` : '';
    this.notices.push({
      id: `kept-aside-${now.getTime()}`,
      level: 'error',
      message: `Kanal could not read its data file because ${reason}. The file was kept unchanged as ${aside.file}${threads} and an empty library was started.`,
    });
    this.db.data = defaultData();
    await this.db.write();
  }

  // Serializes every change: thread bodies first (under new revisions), then the root that points at them.
  // If anything fails, the root on disk is the last good one and memory is reloaded from it.
  commit<T>(change: (data: RootData) => CommitResult<T> | Promise<CommitResult<T>>): Promise<T> {
    const run = async (): Promise<T> => {
      if (!this.lock) throw new KanalError('read-only', 'This library was opened read-only.');
      let outcome: CommitResult<T>;
      const written: ThreadWrite[] = [];
      try {
        outcome = await change(this.db.data);
        if (outcome.rootUnchanged) this.checkInPlace(outcome.threads ?? []);
        this.refuseInvalidDocuments(outcome);
        for (const t of outcome.threads ?? []) {
          await this.writeBody(t);
          written.push(t);
        }
        if (!outcome.rootUnchanged) {
          this.db.data.schemaVersion = SCHEMA_VERSION;
          await this.db.write();
        }
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
      return outcome.result;
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  async readThreadBody(thread: ThreadIndex): Promise<ThreadBody> {
    const cached = this.cachedThreadBody(thread);
    if (cached) return cached;
    const file = threadFilePath(this.threadsFolder, thread.id, thread.rev);
    let body: ThreadBody;
    try {
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

  async close(): Promise<void> {
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

  // Every file of the change is checked before the first is written.
  private refuseInvalidDocuments(outcome: CommitResult<unknown>): void {
    for (const t of outcome.threads ?? []) {
      refuseInvalid(threadBodySchema, t.body, `the comments of thread ${t.threadId}`);
    }
    if (!outcome.rootUnchanged) {
      refuseInvalidRoot({ ...this.db.data, schemaVersion: SCHEMA_VERSION });
    }
  }

  private async writeBody(t: ThreadWrite): Promise<void> {
    const file = threadFilePath(this.threadsFolder, t.threadId, t.rev);
    await storeFs.makeFolder(this.threadsFolder).catch((error: unknown) => {
      throw storageError(error, `the folder ${this.threadsFolder} could not be made`);
    });
    await writeFileDurably(file, JSON.stringify(t.body));
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
  private async reload(): Promise<boolean> {
    const raw = await new DurableJsonFile<unknown>(this.dataFile).read().catch(() => null);
    const parsed = rootSchema.safeParse(raw);
    if (parsed.success) this.db.data = parsed.data;
    return parsed.success;
  }
}
