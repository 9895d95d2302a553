import { describe, expect, it } from 'vitest';
import { rangeWithRow } from '../../../renderer/features/posts/rangeWithRow';

describe('rangeWithRow', () => {
  it('adds the tab-stop row far below the rows in view, in order, so Tab still reaches the list', () => {
    expect(rangeWithRow([3, 4, 5], 90, 100)).toEqual([3, 4, 5, 90]);
    expect(rangeWithRow([50, 51], 2, 100)).toEqual([2, 50, 51]);
  });

  it('leaves the rows alone when the tab stop is among them or there is none', () => {
    expect(rangeWithRow([3, 4, 5], 4, 100)).toEqual([3, 4, 5]);
    expect(rangeWithRow([0, 1], -1, 2)).toEqual([0, 1]);
    expect(rangeWithRow([0, 1], 7, 2)).toEqual([0, 1]);
  });
});
