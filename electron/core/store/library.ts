import { basename, dirname, relative } from 'node:path';
import { Low } from 'lowdb';
import { KanalError, notFound } from '../errors';
import type { BackupSummary, Notice } from '../api';
import { BackupSchedule } from './backups/backupSchedule';
import { readBackup, listBackups, summaryOf } from './backups/listBackups';
import { newestUsableBackup, putInPlace, verifyBackup } from './backups/restoreBackup';
import { defaultData } from './defaultData';
import { DurableJsonFile } from './durableJsonFile';
import { writeFileDurably } from './durableWrite';
import { KnownFiles } from './knownFiles';
import { libraryFiles } from './libraryFiles';
import { parseRoot, type ParsedRoot } from './parseRoot';
import { parseThreadBody } from './parseThreadBody';
import { pathInside } from './pathInside';
import { removeLeftovers } from './removeLeftovers';
import { setAside } from './setAside';
import { storageError } from './storageError';
import { storeFs } from './storeFs';
import { isThreadFileName, threadFilePath, threadsFolderOf } from './threadFiles';
import { rootSchema, SCHEMA_VERSION, type RootData, type ThreadBody, type ThreadIndex } from '../shared/schema';
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
}

export interface ThreadWrite {
  threadId: string;
  rev: number;
  body: ThreadBody;
}

const CHANGED_ON_DISK = 'changed-on-disk';

// The author's library: the root data file plus one file per comment thread beside it.
export class Library {
  readonly notices: Notice[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private readonly bodies = new Map<string, { rev: number; body: ThreadBody }>();
  // What Kanal last read or wrote, to notice another program's change before writing over it.
  private readonly known = new KnownFiles();
  private readonly backups: BackupSchedule | null;
  private changedOnDisk: string[] | null = null;
  private stopWatching: () => void = () => undefined;

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
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      return this.keepAside(`it is not valid JSON (${(error as Error).message})`);
    }
    let parsed: ParsedRoot;
    try {
      parsed = parseRoot(raw);
    } catch (error) {
      if (error instanceof KanalError && error.code === 'too-new')
        throw new KanalError('too-new', `${this.dataFile} cannot be opened: ${error.message}.`);
      throw error;
    }
    if (!parsed.ok) return this.keepAside(parsed.reason);
    // Read-only commands still list a library whose thread file is gone; the writer sets such a root aside.
    const missing = readOnly ? null : await this.missingFile(parsed.data);
    if (missing) return this.keepAside(`it names ${missing}, which is missing`);
    this.db.data = parsed.data;
    if (readOnly) return;
    await this.known.remember(this.dataFile, text);
    // A migration rewrites the file in a newer format: never without a backup of the older one.
    if (parsed.migrated && (await this.backUp('migration'))) await this.writeRoot();
  }

  private async missingFile(data: RootData): Promise<string | null> {
    for (const path of libraryFiles(this.dataFile, data).slice(1)) {
      if (!(await storeFs.exists(pathInside(dirname(this.dataFile), path)))) return path;
    }
    return null;
  }

  // A damaged file is never overwritten: it is set aside with its thread files, the newest usable backup is restored
  // (or, with none, a fresh library starts), and the author is told.
  private async keepAside(reason: string): Promise<void> {
    if (this.options.readOnly) throw new KanalError('corrupt', `${this.dataFile} cannot be read: ${reason}.`);
    const now = this.now();
    const aside = await setAside(this.dataFile, now);
    const usable = await newestUsableBackup(this.dataFile);
    if (usable) await putInPlace(this.dataFile, usable);
    const threads = aside.threads ? `, its comment threads in ${aside.threads},` : '';
    const outcome = usable
      ? `the library was restored from its backup of ${usable.backup.manifest.createdAt}`
      : 'an empty library was started';
    this.notices.push({
      id: `kept-aside-${now.getTime()}`,
      level: 'error',
      kind: usable ? 'restored' : 'set-aside',
      values: { reason, file: aside.file, ...(usable ? { backupTime: usable.backup.manifest.createdAt } : {}) },
      message: `Kanal could not read its data file because ${reason}. The file was kept unchanged as ${aside.file}${threads} and ${outcome}.`,
    });
    this.db.data = usable?.root ?? defaultData();
    await this.writeRoot();
  }

  // Serializes every change: thread bodies first (under new revisions), then the root that points at them.
  // If anything fails, the root on disk is the last good one and memory is reloaded from it.
  commit<T>(change: (data: RootData) => CommitResult<T> | Promise<CommitResult<T>>): Promise<T> {
    return this.enqueue(async (): Promise<T> => {
      this.requireWriter();
      await this.refuseIfChangedOnDisk();
      await this.backUpBeforeChange();
      let outcome: CommitResult<T>;
      const written: ThreadWrite[] = [];
      try {
        outcome = await change(this.db.data);
        if (outcome.rootUnchanged) await this.checkInPlace(outcome.threads ?? []);
        for (const t of outcome.threads ?? []) {
          await this.writeBody(t);
          written.push(t);
        }
        if (!outcome.rootUnchanged) {
          this.db.data.schemaVersion = SCHEMA_VERSION;
          await this.writeRoot();
        }
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
      return outcome.result;
    });
  }

  async readThreadBody(thread: ThreadIndex): Promise<ThreadBody> {
    const cached = this.cachedThreadBody(thread);
    if (cached) return cached;
    const file = threadFilePath(this.threadsFolder, thread.id, thread.rev);
    let body: ThreadBody;
    let text: string;
    try {
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
      await this.backUp('before-restore', { required: true });
      await putInPlace(this.dataFile, verified);
      this.bodies.clear();
      this.known.clear();
      this.clearChangedOnDisk();
      this.db.data = verified.root;
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
      this.bodies.clear();
      this.known.clear();
      this.clearChangedOnDisk();
      await this.load();
    });
  }

  async close(): Promise<void> {
    this.stopWatching();
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

  private async writeRoot(): Promise<void> {
    const text = JSON.stringify(this.db.data);
    await writeFileDurably(this.dataFile, text);
    await this.known.remember(this.dataFile, text).catch(() => this.known.forget(this.dataFile));
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

  // A body rewritten in place must be the one the root already points at, and still the one Kanal last knew.
  private async checkInPlace(writes: ThreadWrite[]): Promise<void> {
    for (const t of writes) {
      const current = this.db.data.threads.find((thread) => thread.id === t.threadId);
      if (current?.rev !== t.rev)
        throw new Error(`Thread ${t.threadId} cannot be rewritten in place at revision ${t.rev}.`);
      const file = threadFilePath(this.threadsFolder, t.threadId, t.rev);
      if (!(await this.known.unchanged(file))) {
        this.raiseChangedOnDisk([file]);
        throw this.changedOnDiskError([file]);
      }
    }
  }

  private async writeBody(t: ThreadWrite): Promise<void> {
    const file = threadFilePath(this.threadsFolder, t.threadId, t.rev);
    await storeFs.makeFolder(this.threadsFolder).catch((error: unknown) => {
      throw storageError(error, `the folder ${this.threadsFolder} could not be made`);
    });
    const text = JSON.stringify(t.body);
    await writeFileDurably(file, text);
    await this.known.remember(file, text).catch(() => this.known.forget(file));
  }

  // "Keep mine" for thread files: the bodies Kanal holds go back over the changed files.
  private async rewriteCachedBodies(changed: string[]): Promise<void> {
    for (const [threadId, { rev, body }] of this.bodies) {
      if (changed.includes(threadFilePath(this.threadsFolder, threadId, rev)))
        await this.writeBody({ threadId, rev, body });
    }
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
    return true;
  }
}
