import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docToHtml } from '../../../electron/core/content/docToHtml';
import { htmlToDoc } from '../../../electron/core/content/htmlToDoc';
import { sanitizeOutput } from '../../../electron/core/export/sanitizeOutput';
import { findUnsafeHtml } from './findUnsafeHtml';
import { hostileMarkup as samples } from '../../fixtures/hostile/hostileMarkup';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');

describe('hostile HTML fixtures', () => {
  it('are checked by a finder that does see unsafe HTML', () => {
    const findings = findUnsafeHtml('<p style="x">a</p><a href=" javascript:x" onclick="y">b</a><img src=x><!-- c -->');
    expect(findings).toEqual([
      'style on <p>',
      'href " javascript:x"',
      'event handler onclick on <a>',
      'picture "x"',
      'comment " c "',
    ]);
  });

  it('are checked by a finder that lets through only the pictures Kanal writes', () => {
    const stored = `images/${'0a'.repeat(32)}.png`;
    const png = `data:image/png;base64,${readFileSync(join(fixtures, 'tiny.png')).toString('base64')}`;
    expect(findUnsafeHtml(`<img src="${stored}" alt="a"><img src="${png}" title="b">`)).toEqual([]);
    const svg = `data:image/svg+xml;base64,${Buffer.from('<svg onload="x()"/>').toString('base64')}`;
    const notPng = `data:image/png;base64,${Buffer.from('<script>').toString('base64')}`;
    expect(
      findUnsafeHtml(
        `<img src="https://example.com/a.png"><img><img src="${svg}"><img src="${notPng}"><img src="../${stored}">`,
      ),
    ).toEqual([
      'picture "https://example.com/a.png"',
      'picture ""',
      `picture ${JSON.stringify(svg)}`,
      `picture ${JSON.stringify(notPng)}`,
      `picture "../${stored}"`,
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
