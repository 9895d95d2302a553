import { describe, expect, it } from 'vitest';
import { wordDiff, wordsChanged } from '../../../electron/core/shared/content/wordDiff';

describe('the word diff', () => {
  it('marks the words added and removed between two texts, and keeps the rest', () => {
    const changes = wordDiff('Kanaler mellan företag och kunder', 'Kanaler mellan företag och anställda');
    expect(changes.filter((c) => c.kind === 'removed').map((c) => c.text.trim())).toEqual(['kunder']);
    expect(changes.filter((c) => c.kind === 'added').map((c) => c.text.trim())).toEqual(['anställda']);
    expect(
      changes
        .filter((c) => c.kind !== 'added')
        .map((c) => c.text)
        .join(''),
    ).toBe('Kanaler mellan företag och kunder');
    expect(
      changes
        .filter((c) => c.kind !== 'removed')
        .map((c) => c.text)
        .join(''),
    ).toBe('Kanaler mellan företag och anställda');
  });

  it('counts changed words by Kanal’s word rule, so punctuation is no word', () => {
    expect(wordsChanged('Hej.', 'Hej. Hur mår du t.ex. i dag?')).toEqual({ added: 6, removed: 0 });
    expect(wordsChanged('ett två tre fyra', 'ett fyra')).toEqual({ added: 0, removed: 2 });
    expect(wordsChanged('same text', 'same text')).toEqual({ added: 0, removed: 0 });
  });
});
