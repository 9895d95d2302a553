import { describe, expect, it, vi } from 'vitest';
import { MAX_COMMENT_HTML_CHARS } from '../../../electron/core/import/importLimits';
import { safeCutPoint } from '../../../electron/core/import/normalize/capCommentSize';
import { generatedWxr } from '../../helpers/generatedWxr';
import { useTempKanal } from '../../helpers/useTempKanal';
import { bytesOf, importBytes } from './importFixture';
import { runImport } from '../../helpers/runImport';

const MB = 1024 * 1024;

// The lengths the sanitizer, most of an import's time, is given.
const sanitized = vi.hoisted(() => [] as number[]);
vi.mock('../../../electron/core/import/html/sanitizeCommentHtml', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../electron/core/import/html/sanitizeCommentHtml')>();
  return {
    ...original,
    sanitizeCommentHtml: (html: string) => {
      sanitized.push(html.length);
      return original.sanitizeCommentHtml(html);
    },
  };
});
// A comment of `size` characters in a few paragraphs: long, but with few elements, like pasted text.
const longComment = (size: number) =>
  `<p>Början.</p><p>${'ord och mening '.repeat(Math.ceil(size / 15))}</p><p>Slutet.</p>`;
const exportWith = (comment: string) =>
  bytesOf(generatedWxr(1, 3, (_post, n) => (n === 1 ? comment : `Kort kommentar ${n}`)));

describe('a comment longer than any blog keeps', () => {
  it('is cut before sanitizing, and the import says so', async () => {
    sanitized.length = 0;
    const result = await importBytes('huge.xml', exportWith(longComment(10 * MB)));
    const comments = result.threads[0]?.comments ?? [];
    expect(comments.map((c) => c.text.slice(0, 16))).toEqual([
      'Kort kommentar 0',
      'Början.\n\nord och',
      'Kort kommentar 2',
    ]);
    expect(comments[1]?.html.length).toBeLessThan(MAX_COMMENT_HTML_CHARS + 100);
    expect(comments[1]?.text).not.toContain('Slutet.');
    expect(result.warnings).toEqual([
      `A comment by Läsare 1 on “Inlägg 0” was ${longComment(10 * MB).length.toLocaleString('en-US')} characters long; only its first 100,000 characters were kept.`,
    ]);
    // Sanitizing 10 MB took seconds; the sanitizer now never sees more than a long comment.
    expect(Math.max(...sanitized)).toBeLessThan(MAX_COMMENT_HTML_CHARS + 1000);
  });

  it('keeps a comment at the limit whole, without a warning', async () => {
    const comment = `<p>${'x'.repeat(MAX_COMMENT_HTML_CHARS - 7)}</p>`;
    const result = await importBytes('edge.xml', exportWith(comment));
    expect(result.threads[0]?.comments[1]?.text).toHaveLength(MAX_COMMENT_HTML_CHARS - 7);
    expect(result.warnings).toEqual([]);
  });

  const ctx = useTempKanal();
  it('lands in the library cut, with the note among the import warnings', async () => {
    const summary = await runImport(ctx.kanal(), [{ name: 'huge.xml', data: exportWith(longComment(2 * MB)) }], 'wxr');
    expect(summary.errors).toEqual([
      {
        file: 'huge.xml',
        message: expect.stringContaining('only its first 100,000 characters were kept'),
        refused: false,
      },
    ]);
    const thread = summary.threads[0];
    const view = thread ? await ctx.kanal().services.threads.get({ id: thread.id }) : null;
    expect(view?.comments).toHaveLength(3);
    expect(view?.comments[1]?.html.length).toBeLessThan(MAX_COMMENT_HTML_CHARS + 100);
  });
});

describe('the point a comment is cut at', () => {
  it('is the limit itself in plain text', () => {
    expect(safeCutPoint('abcdefgh', 5)).toBe(5);
  });

  it('never splits a tag, a character reference or a surrogate pair', () => {
    expect(safeCutPoint('ab<a href="x">c', 6)).toBe(2);
    expect(safeCutPoint('ab&amp;c', 5)).toBe(2);
    expect(safeCutPoint('ab&#x1F600;c', 6)).toBe(2);
    expect(safeCutPoint('a😀b', 2)).toBe(1);
    expect(safeCutPoint('a<b>c & d', 8)).toBe(8);
  });
});
