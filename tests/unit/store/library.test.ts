import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/store/library';
import { SCHEMA_VERSION } from '../../../electron/core/shared/schema';
import { BUILT_IN_CHANNEL_CODES } from '../../helpers/builtInChannelCodes';
import { storedComment, storedThreadBody, storedThreadIndex } from '../../helpers/storedThread';
import { tempFolder } from '../../helpers/tempLibrary';

let temp: ReturnType<typeof tempFolder>;
const open: Library[] = [];
const openLibrary = async (readOnly = false) => {
  const library = await Library.open(temp.dataFile, { readOnly, now: () => new Date('2026-01-02T03:04:05Z') });
  open.push(library);
  return library;
};

beforeEach(() => {
  temp = tempFolder();
});
afterEach(async () => {
  for (const library of open.splice(0)) await library.close();
  temp.cleanup();
});

describe('the library file', () => {
  it('starts a new library with the nine built-in channels and writes it at once', async () => {
    const library = await openLibrary();
    expect(library.data.channels.map((c) => c.code)).toEqual(BUILT_IN_CHANNEL_CODES);
    const onDisk = JSON.parse(readFileSync(temp.dataFile, 'utf8'));
    expect(onDisk.schemaVersion).toBe(SCHEMA_VERSION);
    expect(library.notices).toEqual([]);
  });

  it('keeps what was committed across a reopen and leaves no temp files', async () => {
    const library = await openLibrary();
    await library.commit((data) => {
      data.settings.authorNames = ['Anna Öberg'];
      return { result: null };
    });
    await library.close();
    open.length = 0;
    const again = await openLibrary();
    expect(again.data.settings.authorNames).toEqual(['Anna Öberg']);
    expect(readdirSync(temp.folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    ['not JSON', '{"schemaVersion": 1, "posts": [', 'not valid JSON'],
    ['null', 'null', 'does not hold a Kanal library'],
    ['the wrong shape', JSON.stringify({ schemaVersion: 1, posts: 'many' }), "does not match Kanal's format"],
    ['no version', JSON.stringify({ posts: [] }), 'no valid schemaVersion'],
  ])('keeps a file holding %s aside, unchanged, and tells the author', async (_what, content, reason) => {
    writeFileSync(temp.dataFile, content);
    const library = await openLibrary();
    const aside = readdirSync(temp.folder).find((f) => f.startsWith('kanal.unreadable-'));
    expect(aside).toBeDefined();
    expect(readFileSync(join(temp.folder, aside ?? ''), 'utf8')).toBe(content);
    expect(library.notices).toHaveLength(1);
    expect(library.notices[0]?.message).toContain(reason);
    expect(library.notices[0]?.message).toContain(aside);
    expect(library.data.posts).toEqual([]);
  });

  it('refuses a file from a newer Kanal and leaves it untouched', async () => {
    const content = JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, posts: [] });
    writeFileSync(temp.dataFile, content);
    await expect(openLibrary()).rejects.toThrow(/newer Kanal/);
    expect(readFileSync(temp.dataFile, 'utf8')).toBe(content);
    expect(readdirSync(temp.folder)).toEqual(['kanal.json']);
  });

  it('read-only openers report a damaged file and never move it', async () => {
    writeFileSync(temp.dataFile, '{oops');
    await expect(openLibrary(true)).rejects.toThrow(/cannot be read/);
    expect(readdirSync(temp.folder)).toEqual(['kanal.json']);
  });

  it('lets only one writer open a library', async () => {
    await openLibrary();
    await expect(Library.open(temp.dataFile)).rejects.toThrow(/already open in another Kanal/);
    const reader = await openLibrary(true);
    expect(reader.data.channels).toHaveLength(9);
  });

  it('takes over the lock of a writer that died', async () => {
    writeFileSync(`${temp.dataFile}.lock`, '999999');
    const library = await openLibrary();
    expect(library.data.posts).toEqual([]);
  });
});

describe('a failed save', () => {
  it('keeps the last good file and memory goes back to it', async () => {
    const library = await openLibrary();
    await library.commit((data) => {
      data.settings.authorNames = ['Kept'];
      return { result: null };
    });
    await expect(
      library.commit((data) => {
        data.settings.authorNames = ['Lost'];
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(library.data.settings.authorNames).toEqual(['Kept']);
    expect(JSON.parse(readFileSync(temp.dataFile, 'utf8')).settings.authorNames).toEqual(['Kept']);
    // The queue goes on after a failure.
    await library.commit((data) => {
      data.settings.authorNames = ['Next'];
      return { result: null };
    });
    expect(JSON.parse(readFileSync(temp.dataFile, 'utf8')).settings.authorNames).toEqual(['Next']);
  });
});

describe('thread bodies', () => {
  const body = (threadId: string, text: string) =>
    storedThreadBody(threadId, [storedComment({ html: `<p>${text}</p>`, text })]);
  const index = (rev: number) =>
    storedThreadIndex('t1', rev, { title: 'T', sourceKey: 'k', commentCount: 1, needsReplyCount: 1 });

  it('live in their own files, replaced by revision, unused ones removed at the next open', async () => {
    const library = await openLibrary();
    await library.commit((data) => {
      data.threads.push(index(0));
      return { result: null, threads: [{ threadId: 't1', rev: 0, body: body('t1', 'first') }] };
    });
    await library.commit((data) => {
      const thread = data.threads[0];
      if (thread) thread.rev = 1;
      return { result: null, threads: [{ threadId: 't1', rev: 1, body: body('t1', 'second') }] };
    });
    const folder = join(temp.folder, 'kanal.threads');
    expect(readdirSync(folder)).toEqual(['t1.1.json']);
    // A body written by an import that crashed before its root was saved:
    writeFileSync(join(folder, 't1.7.json'), '{}');
    await library.close();
    open.length = 0;
    const again = await openLibrary();
    expect(readdirSync(folder)).toEqual(['t1.1.json']);
    const thread = again.data.threads[0];
    expect(thread && (await again.readThreadBody(thread)).comments[0]?.text).toBe('second');
    expect(existsSync(join(folder, 't1.0.json'))).toBe(false);
  });

  it('rewrite a body in place, without the root, only under the revision the root points at', async () => {
    const library = await openLibrary();
    await library.commit((data) => {
      data.threads.push(index(0));
      return { result: null, threads: [{ threadId: 't1', rev: 0, body: body('t1', 'first') }] };
    });
    const root = readFileSync(temp.dataFile, 'utf8');
    await library.commit(() => ({
      result: null,
      threads: [{ threadId: 't1', rev: 0, body: body('t1', 'edited') }],
      rootUnchanged: true,
    }));
    const folder = join(temp.folder, 'kanal.threads');
    expect(readdirSync(folder)).toEqual(['t1.0.json']);
    expect(readFileSync(join(folder, 't1.0.json'), 'utf8')).toContain('edited');
    expect(readFileSync(temp.dataFile, 'utf8')).toBe(root);
    await expect(
      library.commit(() => ({
        result: null,
        threads: [{ threadId: 't1', rev: 1, body: body('t1', 'lost') }],
        rootUnchanged: true,
      })),
    ).rejects.toThrow(/cannot be rewritten in place/);
    expect(readdirSync(folder)).toEqual(['t1.0.json']);
    const thread = library.data.threads[0];
    expect(thread && (await library.readThreadBody(thread)).comments[0]?.text).toBe('edited');
  });

  it('reports a damaged body file by thread title', async () => {
    const library = await openLibrary();
    await library.commit((data) => {
      data.threads.push(index(0));
      return { result: null, threads: [{ threadId: 't1', rev: 0, body: body('t1', 'x') }] };
    });
    writeFileSync(join(temp.folder, 'kanal.threads', 't1.0.json'), '{"broken": ');
    await library.close();
    open.length = 0;
    const again = await openLibrary();
    const thread = again.data.threads[0];
    await expect(thread ? again.readThreadBody(thread) : Promise.resolve()).rejects.toThrow(
      /comments of "T" cannot be read/,
    );
  });
});
