import { describe, expect, it } from 'vitest';
import { sanitizeCommentHtml } from '../../../electron/core/import';
import { htmlToText } from '../../../electron/core/import/html/htmlToText';
import { sanitizedHtmlToText } from '../../../electron/core/import/html/sanitizedHtmlToText';
import { dompurifyPayloads, h5scVectors } from '../corpusFixtures';

describe('sanitizedHtmlToText on the corpora', () => {
  it('gives exactly what htmlToText gives, for the sanitizer’s output of every payload', async () => {
    const inputs = [...(await dompurifyPayloads()), ...h5scVectors()].map((s) => s.html);
    const differing = inputs
      .map((input) => sanitizeCommentHtml(input))
      .filter((html) => sanitizedHtmlToText(html) !== htmlToText(html));
    expect(differing).toEqual([]);
  });
});
