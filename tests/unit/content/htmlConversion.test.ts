import { describe, expect, it } from 'vitest';
import { docToHtml } from '../../../electron/core/content/docToHtml';
import { htmlToDoc } from '../../../electron/core/content/htmlToDoc';
import { editorDoc } from './editorDoc';

describe('docToHtml', () => {
  it('renders every kind of content the editor offers', () => {
    expect(docToHtml(editorDoc)).toBe(
      '<h2>Kanaler för företag</h2>' +
        '<p>Det här är <strong>långtifrån</strong> allt, läs <a rel="noopener noreferrer nofollow" href="https://example.se/b2b">mer om B2B</a> eller ' +
        '<a rel="noopener noreferrer nofollow" href="mailto:hej@example.se"><em>skriv</em></a><br><code>C2B</code><s> gammalt</s></p>' +
        '<h3>Listor</h3><ul><li><p>B2C</p></li><li><p>C2C</p><ol><li><p>E2E</p></li></ol></li></ul>' +
        '<ol start="3"><li><p>Tre</p></li></ol><blockquote><p>Ett citat.</p></blockquote><hr>' +
        '<pre><code>const a = 1;\nconst b = 2;</code></pre><p></p>',
    );
  });

  it('never renders a smuggled javascript: link', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
        },
      ],
    };
    expect(docToHtml(doc)).toBe('<p>x</p>');
  });
});

describe('htmlToDoc', () => {
  it('round-trips the editor doc through HTML', () => {
    const html = docToHtml(editorDoc);
    expect(docToHtml(htmlToDoc(html))).toBe(html);
  });

  it('maps other headings and inline tags onto the editor set', () => {
    const html =
      '<h1>Stor</h1><h4>Liten</h4><h6>Minst</h6><p><b>fet</b> <i>kursiv</i> <del>borta</del> <strike>också</strike> <u>under</u> <tt>kod</tt></p>';
    expect(docToHtml(htmlToDoc(html))).toBe(
      '<h2>Stor</h2><h3>Liten</h3><h3>Minst</h3><p><strong>fet</strong> <em>kursiv</em> <s>borta</s> <s>också</s> under <code>kod</code></p>',
    );
  });

  it('keeps links to the web and to e-mail only, with their text either way', () => {
    const html =
      '<p><a href=" https://example.com/a ">web</a> <a href="mailto:a@b.se">mejl</a> <a href="/relativ">rel</a> <a href="ftp://x">ftp</a> <a href="javascript:alert(1)">js</a></p>';
    expect(docToHtml(htmlToDoc(html))).toBe(
      '<p><a rel="noopener noreferrer nofollow" href="https://example.com/a">web</a> <a rel="noopener noreferrer nofollow" href="mailto:a@b.se">mejl</a> rel ftp js</p>',
    );
  });

  it('turns WordPress paragraphs separated by blank lines into paragraphs', () => {
    const wordpress =
      'Första stycket\nmed en radbrytning.\n\nAndra stycket med <strong>fetstil</strong>.\n\n\n\nTredje.';
    expect(docToHtml(htmlToDoc(wordpress))).toBe(
      '<p>Första stycket<br>med en radbrytning.</p><p>Andra stycket med <strong>fetstil</strong>.</p><p>Tredje.</p>',
    );
  });

  it('handles classic WordPress content that mixes bare paragraphs with headings, lists, quotes and code', () => {
    const wordpress = [
      'Inledning.',
      '<h2>Rubrik</h2>',
      'Efter rubriken.',
      '<ul>\n<li>ett</li>\n<li>två</li>\n</ul>',
      '<blockquote>Citat ett.\n\nCitat två.</blockquote>',
      '<pre>rad ett\n\n  rad tre</pre>',
      '<!--more-->Slut.',
    ].join('\n\n');
    expect(docToHtml(htmlToDoc(wordpress))).toBe(
      '<p>Inledning.</p><h2>Rubrik</h2><p>Efter rubriken.</p><ul><li><p>ett</p></li><li><p>två</p></li></ul>' +
        '<blockquote><p>Citat ett.</p><p>Citat två.</p></blockquote><pre><code>rad ett\n\n  rad tre</code></pre><p>Slut.</p>',
    );
  });

  it('does not add line breaks to HTML that has its own paragraphs', () => {
    const html = '<p>Ett stycke\nsom radbryts i källan.</p>\n\n<p>Två</p>';
    expect(docToHtml(htmlToDoc(html))).toBe('<p>Ett stycke som radbryts i källan.</p><p>Två</p>');
  });

  it('keeps blocks of div-based HTML apart (Blogger), a picture as its alt text or a picture link, and drops the rest', () => {
    const html =
      '<div>Ett</div><div>Två<br>rad</div><table><tr><td>cell</td><td>cell två</td></tr></table>' +
      '<img src="x.png" alt="bild"><div class="separator"><img src="https://bp.blogspot.com/foto.jpg" alt="foto"></div><p>Slut</p>';
    expect(docToHtml(htmlToDoc(html))).toBe(
      '<p>Ett</p><p>Två<br>rad</p><p>cell</p><p>cell två</p><p>bild</p>' +
        '<p><a rel="noopener noreferrer nofollow" class="web-picture" href="https://bp.blogspot.com/foto.jpg">foto</a></p><p>Slut</p>',
    );
  });

  it('drops the text of scripts and styles but not of unknown inline elements', () => {
    expect(
      docToHtml(
        htmlToDoc('<p>a<script>alert(1)</script><style>p{}</style><span style="color:red" onclick="x()">b</span></p>'),
      ),
    ).toBe('<p>ab</p>');
  });

  it('gives the empty doc for empty input', () => {
    expect(htmlToDoc('')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(htmlToDoc('<script>alert(1)</script>')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});
