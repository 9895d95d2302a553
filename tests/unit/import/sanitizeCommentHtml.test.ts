import { describe, expect, it } from 'vitest';
import { sanitizeCommentHtml } from '../../../electron/core/import';
import { htmlToText } from '../../../electron/core/import/html/htmlToText';
import { READER_LINK_REL as LINK_REL } from '../../../electron/core/shared/policy';
import { findForbidden, hostileMarkup } from './hostileHtml';

describe('the comment sanitizer against hostile HTML', () => {
  it('leaves nothing outside the allow-list in any hostile sample, alone or all at once', () => {
    const all = hostileMarkup.map((s) => s.html).join('');
    const findings = [...hostileMarkup, { name: 'all samples', html: all }].flatMap((s) =>
      findForbidden(sanitizeCommentHtml(s.html), LINK_REL).map((f) => `${s.name}: ${f}`),
    );
    expect(findings).toEqual([]);
  });

  it('is stable: sanitizing its own output changes nothing', () => {
    const unstable = hostileMarkup.filter((s) => {
      const once = sanitizeCommentHtml(s.html);
      return sanitizeCommentHtml(once) !== once;
    });
    expect(unstable.map((s) => s.name)).toEqual([]);
  });

  it('gives plain text for every sample without throwing', () => {
    for (const sample of hostileMarkup) {
      expect(typeof htmlToText(sanitizeCommentHtml(sample.html))).toBe('string');
    }
  });

  it('keeps the words around a hostile part, and "</script>" written as text stays text', () => {
    expect(sanitizeCommentHtml('<p>Text with </script><script>alert(1)</script> inside</p>')).toBe(
      '<p>Text with  inside</p>',
    );
    expect(sanitizeCommentHtml('<code>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</code>')).toBe(
      '<code>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</code>',
    );
    expect(
      sanitizeCommentHtml(
        '<strong onclick="alert(1)">fet</strong> <a href="https://ok.example/" onclick="alert(1)">ok</a>',
      ),
    ).toBe(`<strong>fet</strong> <a href="https://ok.example/" rel="${LINK_REL}">ok</a>`);
  });
});

describe('the comment sanitizer on ordinary comments', () => {
  it('removes script, style, iframe and similar contents entirely instead of turning them into text', () => {
    expect(sanitizeCommentHtml('<p>a<script>alert(1)</script>b</p>')).toBe('<p>ab</p>');
    expect(sanitizeCommentHtml('<style>p { color: red }</style>kvar')).toBe('kvar');
    expect(sanitizeCommentHtml('<iframe src="https://x.example">inuti</iframe>efter')).toBe('efter');
    expect(sanitizeCommentHtml('<svg><text>ritad</text><script>alert(1)</script></svg>text')).toBe('text');
    expect(sanitizeCommentHtml('<noscript><p>gömd</p></noscript>synlig')).toBe('synlig');
    expect(sanitizeCommentHtml('<textarea><img src=x onerror=alert(1)></textarea>ok')).toBe('ok');
  });

  it('keeps the allowed formatting and drops every attribute but a link’s href', () => {
    const html =
      '<p class="x" style="color:red"><strong>fet</strong> <em>kursiv</em> <code>kod</code> <del>bort</del></p>' +
      '<blockquote cite="https://x.example"><q>citat</q> <cite>källa</cite></blockquote><ul><li>ett</li></ul><ol start="3"><li>två</li></ol>' +
      '<pre>  a\n  b</pre><h1>rubrik</h1><div>block</div><span>span</span><font color="red">font</font>';
    expect(sanitizeCommentHtml(html)).toBe(
      '<p><strong>fet</strong> <em>kursiv</em> <code>kod</code> <del>bort</del></p>' +
        '<blockquote><q>citat</q> <cite>källa</cite></blockquote><ul><li>ett</li></ul><ol><li>två</li></ol>' +
        '<pre>  a\n  b</pre><p>rubrik</p><p>block</p>spanfont',
    );
  });

  it('keeps absolute http, https and mailto links, normalized, with rel="nofollow ugc noopener noreferrer"', () => {
    expect(sanitizeCommentHtml('<a href="HTTPS://Example.COM/a b" target="_blank" rel="me">x</a>')).toBe(
      `<a href="https://example.com/a%20b" rel="${LINK_REL}">x</a>`,
    );
    expect(sanitizeCommentHtml('<a href="mailto:karin@example.se">mejla</a>')).toBe(
      `<a href="mailto:karin@example.se" rel="${LINK_REL}">mejla</a>`,
    );
  });

  it('turns every other link into its text', () => {
    const links = [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'jav&#x09;ascript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:msgbox(1)',
      '//evil.example/x',
      '/relative',
      '#top',
      'ftp://files.example',
      'tel:123',
      '',
    ];
    for (const href of links) {
      expect(sanitizeCommentHtml(`<a href="${href}">länk</a> och <a href="https://ok.example/">ok</a>`)).toBe(
        `länk och <a href="https://ok.example/" rel="${LINK_REL}">ok</a>`,
      );
    }
    expect(sanitizeCommentHtml('<a>ingen</a>')).toBe('ingen');
  });

  it('drops control characters, which make invalid HTML and XML', () => {
    expect(sanitizeCommentHtml('<p>a\u0001b\u0007c\u007f\td</p>')).toBe('<p>abc\td</p>');
  });

  it('escapes text so it stays text', () => {
    expect(sanitizeCommentHtml('1 &lt; 2 &amp; &lt;b&gt;inte fet&lt;/b&gt;')).toBe(
      '1 &lt; 2 &amp; &lt;b&gt;inte fet&lt;/b&gt;',
    );
    expect(htmlToText('<p>1 &lt; 2 &amp;  mer</p><p>nästa\n  rad</p><ul><li>a</li><li>b</li></ul>')).toBe(
      '1 < 2 & mer\n\nnästa rad\n\na\n\nb',
    );
  });
});
