import { describe, expect, it } from 'vitest';
import { sanitizeCommentHtml } from '../../../electron/core/import';
import { commentWithId, importFixture, threadTitled } from './importFixture';

const comment = async (externalId: string) =>
  commentWithId(threadTitled(await importFixture('wxr-block-markup.xml'), 'Markup i block'), externalId);

describe('block-level tags a comment keeps no tag for', () => {
  it('keeps a definition list’s title and division apart, in the HTML and in the text', async () => {
    const { html, text } = await comment('1');
    expect(html).toBe(
      '<p>Definition List Title</p><p>Definition list division.</p><p>Kanal</p><p>A way to reach people.</p>',
    );
    expect(text).toBe('Definition List Title\n\nDefinition list division.\n\nKanal\n\nA way to reach people.');
  });

  it('keeps each table cell apart', async () => {
    const { html, text } = await comment('2');
    expect(html).toBe('<p>Kanal</p><p>Mottagare</p><p>B2B</p><p>Företag</p><p>B2C</p><p>Konsument</p>');
    expect(text.split('\n\n')).toEqual(['Kanal', 'Mottagare', 'B2B', 'Företag', 'B2C', 'Konsument']);
  });

  it('keeps headings and divisions apart without nesting one paragraph in another', async () => {
    const { html, text } = await comment('3');
    expect(html).toBe(
      '<p>Heading Two</p><p>A division.</p><p>Heading Three</p><p>Nested paragraph.</p><ul><li>A list item</li></ul>After the list.',
    );
    expect(text.split('\n\n')).toEqual([
      'Heading Two',
      'A division.',
      'Heading Three',
      'Nested paragraph.',
      'A list item',
      'After the list.',
    ]);
  });

  it('leaves no empty paragraph where a block held nothing but other blocks', () => {
    expect(sanitizeCommentHtml('<div><div><p>a</p></div></div><div> </div><p>b</p>')).toBe('<p>a</p><p>b</p>');
  });
});
