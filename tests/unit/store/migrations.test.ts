import { describe, expect, it } from 'vitest';
import { bodyMigrations, migrate, migrations } from '../../../electron/core/store/migrations';
import { SCHEMA_VERSION } from '../../../electron/core/shared/schema';

describe('migrations', () => {
  const table = {
    1: (d: Record<string, unknown>) => ({ ...d, posts: (d.posts as { t: string }[]).map((p) => ({ title: p.t })) }),
    2: (d: Record<string, unknown>) => ({ ...d, channels: [] }),
  };

  it('runs every step from the file version up to the current one', () => {
    const { data, migrated } = migrate({ schemaVersion: 1, posts: [{ t: 'Hej' }] }, table, 3);
    expect(migrated).toBe(true);
    expect(data).toEqual({ schemaVersion: 3, posts: [{ title: 'Hej' }], channels: [] });
  });

  it('leaves a current file alone', () => {
    const input = { schemaVersion: 3 };
    expect(migrate(input, table, 3)).toEqual({ data: input, migrated: false });
  });

  it('refuses a file without a version, and one from the future', () => {
    expect(() => migrate({}, table, 3)).toThrow(/no valid schemaVersion/);
    expect(() => migrate({ schemaVersion: 4 }, table, 3)).toThrow(/newer Kanal/);
  });

  it('says when a step is missing', () => {
    expect(() => migrate({ schemaVersion: 1, posts: [] }, { 1: table[1] }, 3)).toThrow(/no migration from schema 2/);
  });
});

describe('schema 1 to 2', () => {
  it('gives the root an empty list of saved replies', () => {
    const { data } = migrate(
      {
        schemaVersion: 1,
        posts: [],
        channels: [],
        threads: [],
        settings: { authorNames: [], authorEmails: [], uiLanguage: 'en', theme: 'system' },
      },
      migrations,
      2,
    );
    expect(data.snippets).toEqual([]);
  });

  it('marks no comment, and gives replies a status, no parent, and their finish date', () => {
    const at = '2024-01-01T00:00:00.000Z';
    const later = '2024-02-01T00:00:00.000Z';
    const { data } = migrate(
      {
        schemaVersion: 1,
        threadId: 't',
        comments: [{ id: 'c1' }],
        replies: [
          { id: 'r1', commentId: 'c1', state: 'done', doc: { type: 'doc' }, createdAt: at, updatedAt: later },
          { id: 'r2', commentId: 'c1', state: 'draft', doc: { type: 'doc' }, createdAt: at, updatedAt: at },
        ],
      },
      bodyMigrations,
      SCHEMA_VERSION,
    );
    expect(data.comments).toEqual([{ id: 'c1', noReplyNeeded: false }]);
    expect(data.replies).toEqual([
      {
        id: 'r1',
        commentId: 'c1',
        status: 'done',
        parentReplyId: null,
        doc: { type: 'doc' },
        createdAt: at,
        updatedAt: later,
        finishedAt: later,
        deletedAt: null,
      },
      {
        id: 'r2',
        commentId: 'c1',
        status: 'draft',
        parentReplyId: null,
        doc: { type: 'doc' },
        createdAt: at,
        updatedAt: at,
        finishedAt: null,
        deletedAt: null,
      },
    ]);
  });
});
