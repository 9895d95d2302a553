import { describe, expect, it } from 'vitest';
import { sanitizeCommentHtml } from '../../../electron/core/import';
import { htmlToText } from '../../../electron/core/import/html/htmlToText';
import { sanitizedHtmlToText } from '../../../electron/core/import/html/sanitizedHtmlToText';
import { hostileMarkup } from './hostileHtml';

describe('sanitizedHtmlToText', () => {
  it('gives exactly what htmlToText gives, for everything the sanitizer outputs', () => {
    const inputs = [
      ...hostileMarkup.map((s) => s.html),
      '<p>Hej!</p>\n<p>Andra stycket<br>\nrad två</p>',
      'a<br><br>b<br> <br>c<br>',
      '<ul><li>ett</li><li>två &amp; tre</li></ul><blockquote><p>citat</p></blockquote>efter',
      '<pre>  kod\n  mer</pre><q>"citat"</q> &lt;b&gt; \'enkel\'',
      '<p><br>först</p><p>   </p><p>sist</p>',
    ];
    const differing = inputs
      .map((input) => sanitizeCommentHtml(input))
      .filter((html) => sanitizedHtmlToText(html) !== htmlToText(html));
    expect(differing).toEqual([]);
  });
});
