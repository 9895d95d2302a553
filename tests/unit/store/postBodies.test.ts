import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openKanal, type Kanal } from '../../../electron/core/openKanal';
import { bodyFilesOf } from '../../../electron/core/store/bodyFiles';
import { storeFs } from '../../../electron/core/store/storeFs';
import type { DocNode } from '../../../electron/core/shared/schema';
import { schemaV2Post, schemaV2Root } from '../../helpers/schemaV2Library';
import { tempFolder, testDeps } from '../../helpers/tempLibrary';

let temp: ReturnType<typeof tempFolder>;
const opened: Kanal[] = [];
const open = async (dataFile = temp.dataFile) => {
  const kanal = await openKanal(dataFile, { deps: testDeps() });
  opened.push(kanal);
  return kanal;
};
const closeAll = async () => {
  for (const kanal of opened.splice(0)) await kanal.close();
};
beforeEach(() => {
  temp = tempFolder();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await closeAll();
  temp.cleanup();
});

const doc = (...texts: string[]) => ({
  type: 'doc' as const,
  content: texts.map((text): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});
const postsFolder = () => join(temp.folder, 'kanal.posts');
const root = () => JSON.parse(readFileSync(temp.dataFile, 'utf8')) as { posts: Record<string, unknown>[] };

// Which files a step writes, by the names it renames into place.
function watchWrites(): string[] {
  const written: string[] = [];
  const rename = storeFs.rename;
  vi.spyOn(storeFs, 'rename').mockImplementation(async (from, to) => {
    written.push(to.slice(temp.folder.length + 1));
    await rename(from, to);
  });
  return written;
}

describe("a post's body", () => {
  it('lives in a file of its own; the root keeps the word count counted at save, not the text', async () => {
    const kanal = await open();
    const post = await kanal.services.posts.create({ title: 'Kanaler' });
    await kanal.services.posts.save({ id: post.id, doc: doc('Tre små ord', 't.ex. fyra till') });
    await closeAll();

    const stored = root().posts[0];
    expect(stored).not.toHaveProperty('doc');
    expect(stored?.words).toBe(6);
    const body = JSON.parse(readFileSync(join(postsFolder(), `${post.id}.json`), 'utf8'));
    expect(body.doc).toEqual(doc('Tre små ord', 't.ex. fyra till'));

    const again = await open();
    const read = vi.spyOn(storeFs, 'readText');
    expect(again.services.posts.list({}).map((p) => p.words)).toEqual([6]);
    expect(read).not.toHaveBeenCalled();
    expect((await again.services.posts.get({ id: post.id })).doc).toEqual(body.doc);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('is written alone when only the text changes, once the root knows the post is being edited', async () => {
    const kanal = await open();
    const post = await kanal.services.posts.create({ title: 'Utkast' });
    const written = watchWrites();
    await kanal.services.posts.save({ id: post.id, doc: doc('Ett') });
    expect(written).toEqual(['kanal.json', `kanal.posts/${post.id}.json`]);
    written.length = 0;
    for (const text of ['Ett två', 'Ett två tre']) await kanal.services.posts.save({ id: post.id, doc: doc(text) });
    // The first text of three words is also the first version in the post's history.
    expect(written).toEqual([
      `kanal.posts/${post.id}.json`,
      `kanal.revisions/${post.id}.json`,
      `kanal.posts/${post.id}.json`,
    ]);
    written.length = 0;
    await kanal.services.posts.save({ id: post.id, title: 'Klart' });
    expect(written).toEqual(['kanal.json']);
  });

  it('after a crash, the list shows the words and date of the last save that reached the disk', async () => {
    const kanal = await open();
    const post = await kanal.services.posts.create({ title: 'Krasch' });
    await kanal.services.posts.save({ id: post.id, doc: doc('Ett') });
    const saved = await kanal.services.posts.save({ id: post.id, doc: doc('Ett två tre fyra') });
    // What is on disk at this moment, as a power cut would leave it (the app never closed).
    const crashed = join(temp.folder, 'after-crash');
    mkdirSync(crashed);
    cpSync(temp.dataFile, join(crashed, 'kanal.json'));
    cpSync(postsFolder(), join(crashed, 'kanal.posts'), { recursive: true });
    expect(JSON.parse(readFileSync(join(crashed, 'kanal.json'), 'utf8')).posts[0].words).toBe(1);

    const recovered = await open(join(crashed, 'kanal.json'));
    expect(recovered.services.posts.list({})).toEqual([
      expect.objectContaining({ id: post.id, words: 4, updatedAt: saved.updatedAt }),
    ]);
  });

  it('is made current in the root when the library closes', async () => {
    const kanal = await open();
    const post = await kanal.services.posts.create({});
    await kanal.services.posts.save({ id: post.id, doc: doc('Ett') });
    await kanal.services.posts.save({ id: post.id, doc: doc('Ett två') });
    await closeAll();
    const stored = JSON.parse(readFileSync(temp.dataFile, 'utf8'));
    expect(stored.bodiesAhead).toEqual([]);
    expect(stored.posts[0].words).toBe(2);
  });

  it('keeps the last good text in memory and on disk when writing it fails', async () => {
    const kanal = await open();
    const post = await kanal.services.posts.create({});
    await kanal.services.posts.save({ id: post.id, doc: doc('Sparad text') });
    vi.spyOn(storeFs, 'datasync').mockRejectedValueOnce(Object.assign(new Error('no space'), { code: 'ENOSPC' }));
    await expect(kanal.services.posts.save({ id: post.id, doc: doc('Förlorad') })).rejects.toThrow(/disk is full/);
    expect((await kanal.services.posts.get({ id: post.id })).doc).toEqual(doc('Sparad text'));
    expect(kanal.services.posts.list({})[0]?.words).toBe(2);
    expect(readdirSync(postsFolder())).toEqual([`${post.id}.json`]);
  });

  it('is refused before it is written when it is not one Kanal could read back', async () => {
    const kanal = await open();
    const post = await kanal.services.posts.create({});
    const bad = { type: 'doc', content: 'not a list' } as unknown as ReturnType<typeof doc>;
    await expect(
      kanal.library.commit(() => ({
        result: null,
        posts: [{ schemaVersion: 3, postId: post.id, doc: bad, updatedAt: post.updatedAt }],
      })),
    ).rejects.toThrow();
    expect(JSON.parse(readFileSync(join(postsFolder(), `${post.id}.json`), 'utf8')).doc).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph' }],
    });
  });
});

describe('a library from before post bodies had files', () => {
  const v2Root = (posts: unknown[]) => schemaV2Root(posts, 'en');
  const v2Post = (id: string, d: unknown) => schemaV2Post(id, id, d);

  it('gets a body file per post and a word count for each, and opens with every text', async () => {
    writeFileSync(
      temp.dataFile,
      JSON.stringify(v2Root([v2Post('a', doc('Ett två tre')), v2Post('b', doc('Hej', 'bl.a. du'))])),
    );
    const kanal = await open();
    expect(kanal.services.posts.list({}).map((p) => [p.id, p.words])).toEqual([
      ['a', 3],
      ['b', 3],
    ]);
    expect(readdirSync(postsFolder()).sort()).toEqual(['a.json', 'b.json']);
    expect(root().posts.every((p) => !('doc' in p))).toBe(true);
    await closeAll();
    const again = await open();
    expect((await again.services.posts.get({ id: 'b' })).doc).toEqual(doc('Hej', 'bl.a. du'));
  });

  it('keeps its old root whole when the body files cannot be written', async () => {
    const content = JSON.stringify(v2Root([v2Post('a', doc('Ett två tre'))]));
    writeFileSync(temp.dataFile, content);
    // The backup of the old root is made first; the disk is full once the body files are written.
    const write = storeFs.write;
    vi.spyOn(storeFs, 'write').mockImplementation((file, text) =>
      text.includes('"postId"')
        ? Promise.reject(Object.assign(new Error('full'), { code: 'ENOSPC' }))
        : write(file, text),
    );
    await expect(open()).rejects.toThrow(/disk is full/);
    expect(readFileSync(temp.dataFile, 'utf8')).toBe(content);
  });
});

describe('body files nobody names', () => {
  it('are removed at the next start, but not those a set-aside root still names', async () => {
    const kanal = await open();
    const post = await kanal.services.posts.create({ title: 'Kvar' });
    await closeAll();
    writeFileSync(join(postsFolder(), 'gone.json'), '{}');
    writeFileSync(join(postsFolder(), 'aside.json'), '{}');
    writeFileSync(join(postsFolder(), 'notes.txt'), 'mine');
    writeFileSync(
      join(temp.folder, 'kanal.unreadable-2025-01-01T00-00-00-000Z.json'),
      JSON.stringify({ schemaVersion: 3, posts: [{ id: 'aside' }], theme: 'neon' }),
    );
    await open();
    expect(readdirSync(postsFolder()).sort()).toEqual(['aside.json', `${post.id}.json`, 'notes.txt']);
  });

  it('include a post purged from the trash', async () => {
    const kanal = await openKanal(temp.dataFile, { deps: testDeps(Date.UTC(2025, 0, 1)) });
    const post = await kanal.services.posts.create({});
    await kanal.services.posts.delete({ id: post.id });
    await kanal.close();
    await open();
    expect(existsSync(join(postsFolder(), `${post.id}.json`))).toBe(false);
  });
});

describe('bodyFilesOf', () => {
  it('lists every body file the root refers to, and nothing else', async () => {
    const kanal = await open();
    const a = await kanal.services.posts.create({});
    const b = await kanal.services.posts.create({});
    const files = bodyFilesOf(temp.dataFile, kanal.library.data);
    expect(files).toEqual([join(postsFolder(), `${a.id}.json`), join(postsFolder(), `${b.id}.json`)]);
    for (const file of files) expect(existsSync(file)).toBe(true);
  });
});
