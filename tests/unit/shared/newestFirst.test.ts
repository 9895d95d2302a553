import { describe, expect, it } from 'vitest';
import { newestFirst } from '../../../electron/core/shared/newestFirst';

describe('newest first', () => {
  it('orders ISO-8601 dates from the latest to the earliest, equal ones as equal', () => {
    const dates = ['2024-03-01T09:00:00.000Z', '2025-01-01T00:00:00.000Z', '2024-12-31T23:59:59.999Z'];
    expect([...dates].sort(newestFirst)).toEqual([
      '2025-01-01T00:00:00.000Z',
      '2024-12-31T23:59:59.999Z',
      '2024-03-01T09:00:00.000Z',
    ]);
    expect(newestFirst('2024-03-01T09:00:00.000Z', '2024-03-01T09:00:00.000Z')).toBe(0);
  });
});
