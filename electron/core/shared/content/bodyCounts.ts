import type { Node } from '@tiptap/pm/model';
import type { DocNode } from '../schema';
import { countCharacters } from './characterCount';
import { docText } from './docText';
import { countWords } from './wordCount';

export interface BodyCounts {
  words: number;
  characters: number;
}

// ProseMirror keeps unchanged nodes between transactions, so a count per node object is only redone for changed blocks.
const countsByNode = new WeakMap<Node, BodyCounts>();

function countTextblock(node: Node): BodyCounts {
  const text = docText(node.toJSON() as DocNode);
  return { words: countWords(text), characters: countCharacters(text) };
}

function sumChildren(node: Node): BodyCounts {
  const sum = { words: 0, characters: 0 };
  node.forEach((child) => {
    const counts = bodyCounts(child);
    sum.words += counts.words;
    sum.characters += counts.characters;
  });
  return sum;
}

// The counts of countWords and countCharacters over docText of the whole body (blocks are separated by line breaks,
// which end a word and are no character), block by block.
export function bodyCounts(node: Node): BodyCounts {
  const known = countsByNode.get(node);
  if (known) return known;
  const counts = node.isTextblock ? countTextblock(node) : sumChildren(node);
  countsByNode.set(node, counts);
  return counts;
}
