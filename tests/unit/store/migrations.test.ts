import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/store/migrations';

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
