import { Low } from 'lowdb';
import type { Deps } from '../deps';
import { KanalError } from '../errors';
import { loadWordsChanged } from '../heavyModules';
import { docText } from '../shared/content/docText';
import { docWords } from '../shared/content/docWords';
import { revisionFileSchema, type Revision, type RevisionFile, type RevisionReason } from '../shared/revisions';
import { SCHEMA_VERSION, type Doc } from '../shared/schema';
import { DurableJsonFile } from '../store/durableJsonFile';
import { pathInside } from '../store/pathInside';
import { refuseInvalid } from '../store/refuseInvalid';
import { revisionFilePath, revisionsFolderOf } from '../store/revisionFiles';
import { storageError } from '../store/storageError';
import { storeFs } from '../store/storeFs';
import { pruneRevisions } from './pruneRevisions';
import { intervalPassed, isMeaningful } from './revisionDue';

export interface PostText {
  doc: Doc;
  title: string;
}

const emptyFile = (postId: string): RevisionFile => ({ schemaVersion: SCHEMA_VERSION, postId, revisions: [] });
const sameText = (revision: Revision, text: PostText): boolean =>
  revision.title === text.title && JSON.stringify(revision.doc) === JSON.stringify(text.doc);

// Each post's revisions, one lowdb file per post beside the data file, written durably. Callers write from inside the
// library's commits, so writes to one file never overlap.
export class RevisionStore {
  // When each post's latest revision was made, once known: typing asks on every save, the file is read only when due.
  // Should a restored backup bring an older file back, the next revision only comes up to an interval late.
  private readonly latestAt = new Map<string, string | null>();

  constructor(
    private readonly dataFile: string,
    private readonly deps: Pick<Deps, 'now' | 'newId'>,
  ) {}

  private get folder(): string {
    return revisionsFolderOf(this.dataFile);
  }

  // A post's revisions, oldest first; a post never revised has none.
  async list(postId: string): Promise<Revision[]> {
    const db = await this.open(postId);
    if (!db.ok) throw new KanalError('corrupt', `The history of this post cannot be read from ${db.path}: ${db.why}`);
    return db.low.data.revisions;
  }

  // Keeps the saved text when the author has written enough since the last revision, at most once per interval.
  async keepIfDue(postId: string, text: PostText): Promise<Revision | null> {
    const now = this.deps.now();
    const known = this.latestAt.get(postId);
    if (known !== undefined && !intervalPassed(known, now)) return null;
    return this.add(
      postId,
      text,
      'pause',
      (latest, changed) => intervalPassed(latest?.createdAt ?? null, now) && isMeaningful(changed),
    );
  }

  // Keeps the text as it is now, unless the latest revision holds it already.
  keep(postId: string, text: PostText, reason: RevisionReason): Promise<Revision | null> {
    return this.add(postId, text, reason, (latest) => !latest || !sameText(latest, text));
  }

  // A removed post's history goes with it.
  async remove(postId: string): Promise<void> {
    this.latestAt.delete(postId);
    await storeFs.remove(revisionFilePath(this.folder, postId)).catch(() => undefined);
  }

  private async add(
    postId: string,
    text: PostText,
    reason: RevisionReason,
    wanted: (latest: Revision | null, changed: { added: number; removed: number }) => boolean,
  ): Promise<Revision | null> {
    const db = await this.open(postId);
    // A damaged history must not keep the author's text from being saved: it is kept aside and a new one starts.
    const low = db.ok ? db.low : await this.startOver(postId, db.path);
    const revisions = low.data.revisions;
    const latest = revisions.at(-1) ?? null;
    this.latestAt.set(postId, latest?.createdAt ?? null);
    const changed = (await loadWordsChanged())(latest ? docText(latest.doc) : '', docText(text.doc));
    if (!wanted(latest, changed)) return null;
    const revision: Revision = {
      id: this.deps.newId(),
      createdAt: this.deps.now().toISOString(),
      reason,
      title: text.title,
      words: docWords(text.doc),
      wordsAdded: changed.added,
      wordsRemoved: changed.removed,
      doc: text.doc,
    };
    low.data = { ...low.data, schemaVersion: SCHEMA_VERSION, revisions: pruneRevisions([...revisions, revision]) };
    refuseInvalid(revisionFileSchema, low.data, `the history of post ${postId}`);
    try {
      await storeFs.makeFolder(this.folder);
      await low.write();
    } catch (error) {
      throw storageError(error, `the history of post ${postId} could not be saved`);
    }
    this.latestAt.set(postId, revision.createdAt);
    return revision;
  }

  private async open(
    postId: string,
  ): Promise<{ ok: true; low: Low<RevisionFile> } | { ok: false; path: string; why: string }> {
    const path = revisionFilePath(this.folder, postId);
    const low = new Low<RevisionFile>(new DurableJsonFile<RevisionFile>(path), emptyFile(postId));
    try {
      await low.read();
    } catch (error) {
      if (error instanceof SyntaxError) return { ok: false, path, why: `it is not valid JSON (${error.message})` };
      throw storageError(error, `${path} could not be read`);
    }
    const parsed = revisionFileSchema.safeParse(low.data);
    if (!parsed.success || parsed.data.postId !== postId)
      return { ok: false, path, why: 'it does not match Kanal’s format' };
    low.data = parsed.data;
    return { ok: true, low };
  }

  private async startOver(postId: string, path: string): Promise<Low<RevisionFile>> {
    const stamp = this.deps.now().toISOString().replace(/[:.]/g, '-');
    // Not a revision file's name, so clean-up at start leaves it for the author.
    const aside = pathInside(this.folder, `${postId}.unreadable-${stamp}.json`);
    await storeFs.rename(path, aside).catch(() => undefined);
    return new Low<RevisionFile>(new DurableJsonFile<RevisionFile>(path), emptyFile(postId));
  }
}
