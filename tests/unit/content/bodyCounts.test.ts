import { Node } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { describe, expect, it } from 'vitest';
import { bodyCounts } from '../../../electron/core/shared/content/bodyCounts';
import { bodySchema } from '../../../electron/core/shared/content/bodySchema';
import { countCharacters } from '../../../electron/core/shared/content/characterCount';
import { docText } from '../../../electron/core/shared/content/docText';
import { countWords } from '../../../electron/core/shared/content/wordCount';
import type { Doc } from '../../../electron/core/shared/schema';
import { editorDoc } from './editorDoc';

const toNode = (doc: Doc): Node => Node.fromJSON(bodySchema(), doc);
const typeAt = (doc: Node, pos: number, text: string): Node =>
  new Transform(doc).insert(pos, bodySchema().text(text)).doc;
// Where the text of the top-level block `index` starts.
const blockStart = (doc: Node, index: number): number => {
  let start = 0;
  doc.forEach((_child, offset, childIndex) => {
    if (childIndex === index) start = offset + 1;
  });
  return start;
};
// What the post list and the export count: the whole body's text at once.
const wholeTextCounts = (node: Node) => {
  const text = docText(node.toJSON() as Doc);
  return { words: countWords(text), characters: countCharacters(text) };
};

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const longDoc = (paragraphs: number): Doc => ({
  type: 'doc',
  content: Array.from({ length: paragraphs }, (_, index) =>
    paragraph(`Stycke ${index}: t.ex. e-post till anna@example.se, 3,5 % 👋🏽 日本.`),
  ),
});

describe('bodyCounts', () => {
  it('gives the numbers of the whole text: headings, marks, hard breaks, nested lists, quotes and code', () => {
    const node = toNode(editorDoc);
    expect(bodyCounts(node)).toEqual(wholeTextCounts(node));
    expect(bodyCounts(node).words).toBe(29);
  });

  it('follows an edit inside one block and a new block', () => {
    const before = toNode(longDoc(50));
    bodyCounts(before);
    // Right after "t.ex." in the first paragraph.
    const typed = typeAt(before, 16, ' och bl.a. example.com');
    expect(bodyCounts(typed)).toEqual(wholeTextCounts(typed));
    expect(bodyCounts(typed).words).toBe(bodyCounts(before).words + 3);
    const split = new Transform(typed).split(30).doc;
    expect(bodyCounts(split)).toEqual(wholeTextCounts(split));
  });

  it('recounts only the changed block, so typing in a long post stays fast', () => {
    const before = toNode(longDoc(4000));
    let started = performance.now();
    bodyCounts(before);
    const firstCount = performance.now() - started;
    const typed = typeAt(before, blockStart(before, 2000), 'ord ');
    started = performance.now();
    const afterTyping = bodyCounts(typed);
    const recount = performance.now() - started;
    expect(afterTyping.words).toBe(bodyCounts(before).words + 1);
    expect(recount).toBeLessThan(firstCount / 5);
  });
});
