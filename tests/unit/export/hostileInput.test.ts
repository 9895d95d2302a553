import { describe, expect, it } from 'vitest';
import { docToHtml } from '../../../electron/core/content/docToHtml';
import { htmlToDoc } from '../../../electron/core/content/htmlToDoc';
import { sanitizeOutput } from '../../../electron/core/export/sanitizeOutput';
import { findUnsafeHtml } from './findUnsafeHtml';
import { hostileMarkup as samples } from '../../fixtures/hostile/hostileMarkup';

describe('hostile HTML fixtures', () => {
  it('are checked by a finder that does see unsafe HTML', () => {
    const findings = findUnsafeHtml('<p style="x">a</p><a href=" javascript:x" onclick="y">b</a><img src=x><!-- c -->');
    expect(findings).toEqual([
      'style on <p>',
      'href " javascript:x"',
      'event handler onclick on <a>',
      'element <img>',
      'attribute src on <img>',
      'comment " c "',
    ]);
  });
});

describe('htmlToDoc then docToHtml on hostile HTML', () => {
  it.each(samples)('$name leaves nothing unsafe', ({ html }) => {
    const output = docToHtml(htmlToDoc(html));
    expect(findUnsafeHtml(output)).toEqual([]);
    expect(findUnsafeHtml(sanitizeOutput(output))).toEqual([]);
  });
});

describe('sanitizeOutput on hostile HTML', () => {
  it.each(samples)('$name leaves nothing unsafe', ({ html }) => {
    expect(findUnsafeHtml(sanitizeOutput(html))).toEqual([]);
  });

  it('keeps the words of a hostile payload as text', () => {
    expect(sanitizeOutput('<p onclick="x()">Hej <b>där</b><script>alert(1)</script></p>')).toBe(
      '<p>Hej <strong>där</strong></p>',
    );
  });
});
