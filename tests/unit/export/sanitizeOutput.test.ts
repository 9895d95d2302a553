import { describe, expect, it } from 'vitest';
import { sanitizeOutput } from '../../../electron/core/export/sanitizeOutput';

describe('sanitizeOutput', () => {
  it('keeps the post body elements as they are', () => {
    const html =
      '<h2>R</h2><p>a<br /><strong>b</strong> <em>c</em> <s>d</s> <code>e</code></p><ul><li>f</li></ul><ol start="4" type="a"><li>g</li></ol><blockquote><p>h</p></blockquote><hr /><pre><code>i</code></pre>';
    expect(sanitizeOutput(html)).toBe(html);
  });

  it('maps comment markup onto the same set', () => {
    expect(
      sanitizeOutput(
        '<h1>R</h1><h4>r</h4><b>b</b><i>i</i><del>d</del><strike>s</strike><u>u</u><span class="x">t</span>',
      ),
    ).toBe('<h2>R</h2><h3>r</h3><strong>b</strong><em>i</em><s>d</s><s>s</s>ut');
  });

  it('gives every allowed link the same rel and drops any other address', () => {
    expect(sanitizeOutput('<a href="https://example.com" rel="opener" target="_blank" title="t">w</a>')).toBe(
      '<a href="https://example.com" rel="noopener noreferrer nofollow">w</a>',
    );
    for (const href of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'JAVASCRIPT:x',
      'data:text/html,x',
      '/relative',
      '//evil.example',
      'ftp://x',
      'java&#x09;script:x',
    ]) {
      expect(sanitizeOutput(`<a href="${href}">x</a>`)).toBe('<a>x</a>');
    }
  });

  it('drops list attributes that are not a number or a list type', () => {
    expect(sanitizeOutput('<ol start="1;x" type="disc" style="color:red"><li>a</li></ol>')).toBe('<ol><li>a</li></ol>');
  });
});
