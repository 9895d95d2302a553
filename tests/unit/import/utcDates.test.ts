import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../../electron/core/import/dates/toIsoDate';

describe('dates written in UTC to the second (Disqus, Blogger)', () => {
  it('read as the same instant Date.parse reads, rolled-over fields included', () => {
    const dates = [
      '2019-07-01T09:15:00Z',
      '0001-01-01T00:00:00Z',
      '2020-02-29T23:59:59Z',
      '2019-02-30T10:00:00Z',
      '2019-01-01T24:00:00Z',
      '2019-04-31T10:00:00Z',
    ];
    for (const date of dates) expect(toIsoDate(date)).toBe(new Date(Date.parse(date)).toISOString());
  });

  it('refuse what is not a time of day', () => {
    expect(toIsoDate('2019-01-01T23:60:00Z')).toBeNull();
    expect(toIsoDate('2019-13-01T10:00:00Z')).toBeNull();
  });
});
