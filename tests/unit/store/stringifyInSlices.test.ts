import { describe, expect, it } from 'vitest';
import { TimeSlices } from '../../../electron/core/search/timeSlices';
import { stringifyInSlices } from '../../../electron/core/store/stringifyInSlices';

describe('a library file made into text in slices', () => {
  it('is the same text JSON.stringify makes, members left out and all', async () => {
    const value = {
      schemaVersion: 3,
      posts: [{ id: 'p1', title: 'Å "citat" \u2028', words: 2, url: null }, undefined, { id: 'p2', tags: [] }],
      gone: undefined,
      settings: { authorNames: ['Ann'], nested: { list: [1, 2] } },
      empty: [],
    };
    expect(await stringifyInSlices(value, new TimeSlices())).toBe(JSON.stringify(value));
  });

  it('lets the event loop run between the items of a long list', async () => {
    const value = { posts: Array.from({ length: 20_000 }, (_, i) => ({ id: `p${i}`, title: `Inlägg ${i}` })) };
    let turns = 0;
    const ticking = setInterval(() => (turns += 1), 0);
    const text = await stringifyInSlices(value, new TimeSlices(1)).finally(() => clearInterval(ticking));
    expect(turns).toBeGreaterThan(0);
    expect(text).toBe(JSON.stringify(value));
  });
});
