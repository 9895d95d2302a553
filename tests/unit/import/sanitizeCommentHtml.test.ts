import { describe, expect, it } from 'vitest';
import { sanitizeCommentHtml } from '../../../electron/core/import';
import { htmlToText } from '../../../electron/core/import/html/htmlToText';
import { READER_LINK_REL as LINK_REL } from '../../../electron/core/shared/policy';
import { dompurifyPayloads, findForbidden, h5scVectors } from './hostileHtml';

describe('the comment sanitizer against hostile HTML', () => {
  it('leaves nothing outside the allow-list in any of the 223 DOMPurify payloads', async () => {
    const payloads = await dompurifyPayloads();
    expect(payloads).toHaveLength(223);
    const findings = payloads.flatMap((p) => findForbidden(sanitizeCommentHtml(p.html), LINK_REL).map((f) => `${p.name}: ${f}`));
    expect(findings).toEqual([]);
  });

  it('leaves nothing outside the allow-list in any of the 139 H5SC vectors, alone or all at once', () => {
    const vectors = h5scVectors();
    expect(vectors).toHaveLength(139);
    const all = vectors.map((v) => v.html).join('');
    const findings = [...vectors, { name: 'all vectors', html: all }].flatMap((v) =>
      findForbidden(sanitizeCommentHtml(v.html), LINK_REL).map((f) => `${v.name}: ${f}`),
    );
    expect(findings).toEqual([]);
  });

  it('is stable: sanitizing its own output changes nothing', async () => {
    const samples = [...(await dompurifyPayloads()), ...h5scVectors()];
    const unstable = samples.filter((s) => {
      const once = sanitizeCommentHtml(s.html);
      return sanitizeCommentHtml(once) !== once;
    });
    expect(unstable.map((s) => s.name)).toEqual([]);
  });

  it('gives plain text for every payload without throwing', async () => {
    for (const sample of [...(await dompurifyPayloads()), ...h5scVectors()]) {
      expect(typeof htmlToText(sanitizeCommentHtml(sample.html))).toBe('string');
    }
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
    const html = '<p class="x" style="color:red"><strong>fet</strong> <em>kursiv</em> <code>kod</code> <del>bort</del></p>'
      + '<blockquote cite="https://x.example"><q>citat</q> <cite>källa</cite></blockquote><ul><li>ett</li></ul><ol start="3"><li>två</li></ol>'
      + '<pre>  a\n  b</pre><h1>rubrik</h1><div>block</div><span>span</span><font color="red">font</font>';
    expect(sanitizeCommentHtml(html)).toBe(
      '<p><strong>fet</strong> <em>kursiv</em> <code>kod</code> <del>bort</del></p>'
        + '<blockquote><q>citat</q> <cite>källa</cite></blockquote><ul><li>ett</li></ul><ol><li>två</li></ol>'
        + '<pre>  a\n  b</pre>rubrikblockspanfont',
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
      'javascript:alert(1)', ' JavaScript:alert(1)', 'jav&#x09;ascript:alert(1)', 'data:text/html,<b>x</b>',
      'vbscript:msgbox(1)', '//evil.example/x', '/relative', '#top', 'ftp://files.example', 'tel:123', '',
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
    expect(sanitizeCommentHtml('1 &lt; 2 &amp; &lt;b&gt;inte fet&lt;/b&gt;')).toBe('1 &lt; 2 &amp; &lt;b&gt;inte fet&lt;/b&gt;');
    expect(htmlToText('<p>1 &lt; 2 &amp;  mer</p><p>nästa\n  rad</p><ul><li>a</li><li>b</li></ul>')).toBe(
      '1 < 2 & mer\n\nnästa rad\n\na\n\nb',
    );
  });
});
