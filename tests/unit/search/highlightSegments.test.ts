import { describe, expect, it } from 'vitest';
import { highlightSegments, type Segment } from '../../../renderer/features/search/highlightSegments';

const shown = (segments: Segment[]): string => segments.map((s) => (s.marked ? `[${s.text}]` : s.text)).join('');

describe('highlightSegments', () => {
  it('marks the ranges and keeps every other character as plain text', () => {
    expect(highlightSegments('Jag bor i Östersund.', [[10, 19]])).toEqual([
      { text: 'Jag bor i ', marked: false },
      { text: 'Östersund', marked: true },
      { text: '.', marked: false },
    ]);
    expect(
      shown(
        highlightSegments('varumärke och varumärken', [
          [0, 9],
          [14, 24],
        ]),
      ),
    ).toBe('[varumärke] och [varumärken]');
  });

  it('takes ranges in any order, merges overlapping ones and clamps those past the end', () => {
    const text = '<img src=x onerror=alert(1)>';
    expect(
      shown(
        highlightSegments(text, [
          [19, 24],
          [1, 4],
          [2, 8],
          [25, 99],
          [-5, 0],
          [7, 7],
        ]),
      ),
    ).toBe('<[img src]=x onerror=[alert]([1)>]');
    for (const ranges of [[], [[0, 999]], [[3, 1]]] as [number, number][][]) {
      expect(
        highlightSegments(text, ranges)
          .map((s) => s.text)
          .join(''),
      ).toBe(text);
    }
  });

  it('gives nothing for empty text', () => {
    expect(highlightSegments('', [[0, 3]])).toEqual([]);
  });
});
