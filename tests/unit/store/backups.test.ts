import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Kanal } from '../../../electron/core/openKanal';
import { backupsToKeep } from '../../../electron/core/store/backups/pruneBackups';
import type { StoredBackup } from '../../../electron/core/store/backups/listBackups';
import { storeFs } from '../../../electron/core/store/storeFs';
import { SCHEMA_VERSION } from '../../../electron/core/shared/schema';
import { generatedWxr } from '../../helpers/generatedWxr';
import { runImport } from '../../helpers/runImport';
import { movableClock } from '../../helpers/movableClock';
import { useReopenableKanal } from '../../helpers/useReopenableKanal';

let clock: ReturnType<typeof movableClock>;
beforeEach(() => {
  clock = movableClock();
});
const temp = useReopenableKanal(() => clock.deps);

const MINUTE = 60_000;
const open = () => temp.open();
const backupsFolder = () => join(temp.folder, 'backups');
const snapshotRoot = (id: string) =>
  JSON.parse(readFileSync(join(backupsFolder(), `kanal.${id}`, 'kanal.json'), 'utf8'));

async function postTitled(k: Kanal, title: string): Promise<string> {
  const post = await k.handlers['posts.create']({ title });
  return post.id;
}

describe('rolling snapshots', () => {
  it('takes one before the first change of each session, then at most one every 10 minutes while it changes', async () => {
    let k = await open();
    expect(await k.handlers['backups.list']({})).toEqual([]);
    const id = await postTitled(k, 'First');
    const first = await k.handlers['backups.list']({});
    expect(first).toHaveLength(1);
    expect(snapshotRoot(first[0]?.id ?? '').posts).toEqual([]);

    clock.advance(9 * MINUTE);
    await k.handlers['posts.save']({ id, title: 'Second' });
    expect(await k.handlers['backups.list']({})).toHaveLength(1);
    clock.advance(2 * MINUTE);
    await k.handlers['posts.save']({ id, title: 'Third' });
    const later = await k.handlers['backups.list']({});
    expect(later).toHaveLength(2);
    expect(later[0]).toMatchObject({ posts: 1, comments: 0 });
    expect(snapshotRoot(later[0]?.id ?? '').posts[0].title).toBe('Second');

    clock.advance(MINUTE);
    k = await open();
    await k.handlers['posts.save']({ id, title: 'Fourth' });
    const next = await k.handlers['backups.list']({});
    expect(next).toHaveLength(3);
    expect(snapshotRoot(next[0]?.id ?? '').posts[0].title).toBe('Third');
  });

  it('shares the files that did not change with the previous snapshot by hard links', async () => {
    const k = await open();
    await runImport(k, [{ name: 'blogg.xml', data: new TextEncoder().encode(generatedWxr(1, 3)) }], 'wxr');
    clock.advance(11 * MINUTE);
    await postTitled(k, 'One');
    clock.advance(11 * MINUTE);
    await postTitled(k, 'Two');
    const [newer, older] = await k.handlers['backups.list']({});
    const threadFile = (id: string) => {
      const folder = join(backupsFolder(), `kanal.${id}`, 'kanal.threads');
      return join(folder, readdirSync(folder)[0] ?? '');
    };
    expect(statSync(threadFile(newer?.id ?? '')).ino).toBe(statSync(threadFile(older?.id ?? '')).ino);
    expect(statSync(threadFile(newer?.id ?? '')).nlink).toBeGreaterThanOrEqual(2);
    expect(newer?.bytes).toBeGreaterThan(0);
  });

  it('is complete or absent: a snapshot that fails leaves no folder behind and does not stop the save', async () => {
    const k = await open();
    const rename = storeFs.rename;
    vi.spyOn(storeFs, 'rename').mockImplementation((from, to) =>
      to.includes(`${join('backups', 'kanal.')}`)
        ? Promise.reject(Object.assign(new Error('no'), { code: 'ENOSPC' }))
        : rename(from, to),
    );
    await postTitled(k, 'Saved anyway');
    expect(readdirSync(backupsFolder())).toEqual([]);
    expect(k.library.data.posts.map((p) => p.title)).toEqual(['Saved anyway']);
    expect(k.library.notices.map((n) => n.kind)).toEqual(['backup-failed']);
    expect(k.library.notices[0]?.message).toContain('The disk is full');
  });

  it('keeps the last 20, and the newest of each day for 30 days', () => {
    const day = 24 * 60 * MINUTE;
    const now = new Date(Date.UTC(2026, 1, 15, 12));
    const made = (ms: number, i: number): StoredBackup => ({
      id: `b${i}`,
      folder: '',
      manifest: { createdAt: new Date(ms).toISOString(), reason: 'opened', posts: 0, comments: 0, bytes: 0, files: [] },
    });
    const today = Array.from({ length: 25 }, (_, i) => made(now.getTime() - i * MINUTE, i));
    const earlier = Array.from({ length: 40 }, (_, d) => [
      made(now.getTime() - (d + 1) * day, 100 + 2 * d),
      made(now.getTime() - (d + 1) * day - MINUTE, 101 + 2 * d),
    ]).flat();
    const keep = backupsToKeep([...today, ...earlier], now);
    const kept = [...keep];
    expect(kept.filter((id) => Number(id.slice(1)) < 25)).toHaveLength(20);
    expect(kept.filter((id) => Number(id.slice(1)) >= 100).sort()).toEqual(
      Array.from({ length: 30 }, (_, d) => `b${100 + 2 * d}`).sort(),
    );
  });
});

describe('restoring a backup', () => {
  it('puts the library back as it was, after backing up the library as it is now', async () => {
    const k = await open();
    const id = await postTitled(k, 'Before');
    clock.advance(11 * MINUTE);
    await k.handlers['posts.save']({ id, title: 'After' });
    const [withBefore] = await k.handlers['backups.list']({});
    clock.advance(MINUTE);
    await k.handlers['posts.save']({ id, title: 'Latest' });

    const restored = await k.handlers['backups.restore']({ id: withBefore?.id ?? '' });
    expect(restored.id).toBe(withBefore?.id);
    expect(k.library.data.posts[0]?.title).toBe('Before');
    expect(JSON.parse(readFileSync(temp.dataFile, 'utf8')).posts[0].title).toBe('Before');
    const [safety] = await k.handlers['backups.list']({});
    expect(snapshotRoot(safety?.id ?? '').posts[0].title).toBe('Latest');
  });

  it("puts each post's text back with it: a snapshot holds the post body files", async () => {
    const k = await open();
    const id = await postTitled(k, 'Kept');
    const text = (words: string) => ({
      type: 'doc' as const,
      content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }],
    });
    await k.handlers['posts.save']({ id, doc: text('The first words') });
    clock.advance(11 * MINUTE);
    await k.handlers['posts.save']({ id, doc: text('Words written over') });
    const [withFirst] = await k.handlers['backups.list']({});
    expect(readdirSync(join(backupsFolder(), `kanal.${withFirst?.id ?? ''}`, 'kanal.posts'))).toEqual([`${id}.json`]);

    await k.handlers['backups.restore']({ id: withFirst?.id ?? '' });
    expect(JSON.stringify((await k.handlers['posts.get']({ id })).doc)).toContain('The first words');
    const again = await open();
    expect(JSON.stringify((await again.handlers['posts.get']({ id })).doc)).toContain('The first words');
    expect(again.library.notices).toEqual([]);
  });

  it('refuses an id that names no backup', async () => {
    const k = await open();
    await expect(k.handlers['backups.restore']({ id: '../../etc' })).rejects.toThrow(/No backup with id/);
    await expect(k.handlers['backups.restore']({ id: '20260101T000000000Z-abcd' })).rejects.toThrow(
      /No backup with id/,
    );
  });
});

describe('a migration', () => {
  it('backs up the older file before rewriting it', async () => {
    const v1 = JSON.stringify({
      schemaVersion: 1,
      posts: [],
      channels: [],
      threads: [],
      settings: { authorNames: [], authorEmails: [], uiLanguage: 'en', theme: 'system' },
    });
    writeFileSync(temp.dataFile, v1);
    const k = await open();
    const [backup] = await k.handlers['backups.list']({});
    expect(readFileSync(join(backupsFolder(), `kanal.${backup?.id ?? ''}`, 'kanal.json'), 'utf8')).toBe(v1);
    expect(JSON.parse(readFileSync(temp.dataFile, 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
  });
});
