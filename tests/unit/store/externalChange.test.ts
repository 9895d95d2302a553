import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openKanal, type Kanal } from '../../../electron/core/openKanal';
import { movableClock } from '../../helpers/movableClock';
import { tempFolder } from '../../helpers/tempLibrary';

let temp: ReturnType<typeof tempFolder>;
let kanal: Kanal;
let postId: string;
beforeEach(async () => {
  temp = tempFolder();
  kanal = await openKanal(temp.dataFile, { deps: movableClock().deps });
  postId = (await kanal.handlers['posts.create']({ title: 'Mine' })).id;
});
afterEach(async () => {
  await kanal.close();
  temp.cleanup();
});

// Another program (a sync tool, a second computer) writes its own version of the data file.
const writeTheirs = () => {
  const root = JSON.parse(readFileSync(temp.dataFile, 'utf8'));
  root.posts[0].title = 'Theirs';
  writeFileSync(temp.dataFile, JSON.stringify(root));
  return readFileSync(temp.dataFile, 'utf8');
};
const backupRoots = () =>
  readdirSync(join(temp.folder, 'backups')).map((name) =>
    JSON.parse(readFileSync(join(temp.folder, 'backups', name, 'kanal.json'), 'utf8')),
  );

describe('a data file another program changed', () => {
  it('is not written over: the save is refused and the author is asked', async () => {
    const theirs = writeTheirs();
    await expect(kanal.handlers['posts.save']({ id: postId, title: 'Mine, edited' })).rejects.toMatchObject({
      code: 'changed-on-disk',
    });
    expect(readFileSync(temp.dataFile, 'utf8')).toBe(theirs);
    expect(kanal.library.notices.map((n) => n.kind)).toEqual(['changed-on-disk']);
    expect(kanal.library.notices[0]?.message).toContain('Load theirs');
  });

  it('is noticed by watching, before any save', async () => {
    writeTheirs();
    await expect.poll(() => kanal.library.notices.map((n) => n.kind), { timeout: 5000 }).toEqual(['changed-on-disk']);
  });

  it('"Keep mine" writes the author’s version over it and keeps theirs as a backup', async () => {
    writeTheirs();
    await expect(kanal.handlers['posts.save']({ id: postId, title: 'Mine, edited' })).rejects.toThrow();
    const status = await kanal.handlers['library.resolveChange']({ keep: 'mine' });
    expect(status.notices).toEqual([]);
    expect(JSON.parse(readFileSync(temp.dataFile, 'utf8')).posts[0].title).toBe('Mine');
    expect(backupRoots().map((r) => r.posts[0]?.title)).toContain('Theirs');
    // The edit that was refused is saved when the editor tries again.
    await kanal.handlers['posts.save']({ id: postId, title: 'Mine, edited' });
    expect(JSON.parse(readFileSync(temp.dataFile, 'utf8')).posts[0].title).toBe('Mine, edited');
  });

  it('"Load theirs" opens their version and keeps the author’s as a backup', async () => {
    writeTheirs();
    await expect(kanal.handlers['posts.save']({ id: postId, title: 'Mine, edited' })).rejects.toThrow();
    await kanal.handlers['library.resolveChange']({ keep: 'theirs' });
    expect(kanal.library.data.posts[0]?.title).toBe('Theirs');
    expect(backupRoots().map((r) => r.posts[0]?.title)).toContain('Mine');
    await kanal.handlers['posts.save']({ id: postId, title: 'Theirs, edited' });
    expect(JSON.parse(readFileSync(temp.dataFile, 'utf8')).posts[0].title).toBe('Theirs, edited');
  });

  it('is not confused with Kanal’s own saves', async () => {
    for (let i = 0; i < 5; i++) await kanal.handlers['posts.save']({ id: postId, title: `Mine ${i}` });
    await new Promise((r) => setTimeout(r, 400));
    expect(kanal.library.notices).toEqual([]);
  });
});

const typed = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const bodyFile = () => join(temp.folder, 'kanal.posts', `${postId}.json`);
const storedText = () =>
  (JSON.parse(readFileSync(bodyFile(), 'utf8')) as { doc: ReturnType<typeof typed> }).doc.content[0]?.content[0]?.text;

describe("a post's text file another program changed", () => {
  const writeTheirText = () => {
    const body = JSON.parse(readFileSync(bodyFile(), 'utf8'));
    body.doc = typed('Their text');
    writeFileSync(bodyFile(), JSON.stringify(body));
  };

  it('is not written over by typing: the save is refused, and "Keep mine" saves the author’s text', async () => {
    await kanal.handlers['posts.save']({ id: postId, doc: typed('My text') });
    await kanal.handlers['posts.get']({ id: postId });
    writeTheirText();
    await expect(kanal.handlers['posts.save']({ id: postId, doc: typed('My text, more') })).rejects.toMatchObject({
      code: 'changed-on-disk',
    });
    expect(storedText()).toBe('Their text');
    await kanal.handlers['library.resolveChange']({ keep: 'mine' });
    expect(storedText()).toBe('My text');
    await kanal.handlers['posts.save']({ id: postId, doc: typed('My text, more') });
    expect(storedText()).toBe('My text, more');
  });

  it('is not confused with Kanal’s own typing saves, which write only the text file', async () => {
    for (let i = 0; i < 5; i++) await kanal.handlers['posts.save']({ id: postId, doc: typed(`Draft ${i}`) });
    await new Promise((r) => setTimeout(r, 400));
    expect(kanal.library.notices).toEqual([]);
    expect(storedText()).toBe('Draft 4');
  });
});
