import { describe, expect, it } from 'vitest';
import { sanitizeOutput, type OutputSource } from '../../../electron/core/export/sanitizeOutput';
import { sanitizeOutputs } from '../../../electron/core/export/sanitizeOutputs';

const eachAlone = (htmls: string[], source: OutputSource) => htmls.map((html) => sanitizeOutput(html, source));

describe('sanitizeOutputs', () => {
  const clean = [
    '<p>Tack! Läs <a href="https://exempel.se/1">mitt svar</a> om <em>B2B</em>.</p>',
    '<p>a &gt; b &amp; c</p><br /><p>två</p>',
    'bara text &no',
    '<ul><li>ett</li><li>två</li></ul>',
    '',
  ];

  it.each(['reader', 'author'] as const)('gives each piece what sanitizing it alone gives (%s links)', (source) => {
    expect(sanitizeOutputs(clean, source)).toEqual(eachAlone(clean, source));
  });

  it.each([
    ['an element left open', '<p>öppen <a href="https://exempel.se/">länk'],
    ['a stray end tag', '</li></ul><p>x</p>'],
    ['a tag cut short', '<p>x</p><a href="https://exempel.se/'],
    ['an unclosed comment', '<p>x</p><!-- '],
    ['an unclosed script', '<script>alert(1)'],
    ['an unclosed iframe', '<iframe src="https://evil.example/">'],
    ['an unclosed textarea', '<textarea>'],
    ['an open attribute with an event handler', '<p onclick="alert(1)'],
  ])('keeps the others apart from a piece with %s', (_, hostile) => {
    const htmls = [clean[0] ?? '', hostile, ...clean];
    const result = sanitizeOutputs(htmls, 'reader');
    expect(result).toEqual(eachAlone(htmls, 'reader'));
    expect(result.join('')).not.toMatch(/<script|<iframe|onclick|javascript:/i);
  });
});
