import { describe, expect, it } from 'vitest';
import { formatChanged } from '../../../renderer/lib/formatChanged';
import { formatDate } from '../../../renderer/lib/formatDate';

const now = new Date(2025, 5, 15, 18, 0);

describe('dates in the post list', () => {
  it('shows the time for today, the day for this year and the full date before', () => {
    expect(formatChanged(new Date(2025, 5, 15, 9, 5).toISOString(), 'en', now)).toBe('9:05 AM');
    expect(formatChanged(new Date(2025, 2, 3, 9, 5).toISOString(), 'en', now)).toBe('Mar 3');
    expect(formatChanged(new Date(2023, 2, 3, 9, 5).toISOString(), 'en', now)).toBe('Mar 3, 2023');
  });

  it('writes each language its own way, also after the other was used', () => {
    const iso = new Date(2023, 2, 3, 9, 5).toISOString();
    expect(formatChanged(iso, 'en', now)).toBe('Mar 3, 2023');
    expect(formatChanged(iso, 'sv', now)).toBe('3 mars 2023');
    expect(formatDate(iso, 'sv')).toBe('3 mars 2023 09:05');
    expect(formatDate(iso, 'en')).toBe('Mar 3, 2023, 9:05 AM');
  });
});
