import { diffWords } from 'diff';
import { countWords } from './wordCount';

export interface WordChange {
  text: string;
  kind: 'same' | 'added' | 'removed';
}

// Beyond this many word edits the two texts have little in common: one is shown replacing the other.
const MAX_EDITS = 10_000;

// How one text became another, word by word: the History panel shows it, and the core counts it to judge a change.
export function wordDiff(before: string, after: string): WordChange[] {
  const changes = diffWords(before, after, { maxEditLength: MAX_EDITS });
  if (!changes) {
    return [
      { text: before, kind: 'removed' as const },
      { text: after, kind: 'added' as const },
    ].filter((change) => change.text !== '');
  }
  return changes.map((change) => ({
    text: change.value,
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
  }));
}

// Words added and removed between two texts, counted by Kanal's one word rule.
export function wordsChanged(before: string, after: string): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const change of wordDiff(before, after)) {
    if (change.kind === 'added') added += countWords(change.text);
    if (change.kind === 'removed') removed += countWords(change.text);
  }
  return { added, removed };
}
