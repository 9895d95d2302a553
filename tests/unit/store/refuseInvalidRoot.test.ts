import { describe, expect, it } from 'vitest';
import { TimeSlices } from '../../../electron/core/search/timeSlices';
import type { PostInfo } from '../../../electron/core/shared/schema';
import { defaultData } from '../../../electron/core/store/defaultData';
import { refuseInvalidRoot } from '../../../electron/core/store/refuseInvalidRoot';
import { storedThreadIndex } from '../../helpers/storedThread';

const post = (i: number): PostInfo => ({
  id: `p${i}`,
  title: `Inlägg ${i}`,
  words: 10,
  channels: [],
  status: 'draft',
  lang: 'sv',
  url: null,
  slug: null,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  publishedAt: null,
  deletedAt: null,
});

const bigRoot = () => ({
  ...defaultData(),
  posts: Array.from({ length: 2000 }, (_, i) => post(i)),
  threads: Array.from({ length: 2000 }, (_, i) => storedThreadIndex(`t${i}`, 0)),
});

describe('checking a big library file before it is written', () => {
  it('lets the event loop run between its posts and threads', async () => {
    let turns = 0;
    const ticking = setInterval(() => (turns += 1), 0);
    try {
      await refuseInvalidRoot(bigRoot(), new TimeSlices(1));
    } finally {
      clearInterval(ticking);
    }
    expect(turns).toBeGreaterThan(0);
  });

  it('refuses a post far down the list, and says where it is', async () => {
    const root = bigRoot();
    root.posts[1500] = { ...post(1500), status: 'exploded' } as unknown as PostInfo;
    await expect(refuseInvalidRoot(root, new TimeSlices())).rejects.toThrow(
      /did not save the library: .*posts\.1500\.status/,
    );
  });

  it('refuses what lies outside the lists too', async () => {
    const root = { ...bigRoot(), bodiesAhead: ['../escape'] };
    await expect(refuseInvalidRoot(root, new TimeSlices())).rejects.toThrow(/bodiesAhead\.0/);
  });
});
