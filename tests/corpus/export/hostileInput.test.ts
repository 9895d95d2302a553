import { describe, expect, it } from 'vitest';
import { docToHtml } from '../../../electron/core/content/docToHtml';
import { htmlToDoc } from '../../../electron/core/content/htmlToDoc';
import { sanitizeOutput } from '../../../electron/core/export/sanitizeOutput';
import type { HostileSample } from '../../fixtures/hostile/hostileMarkup';
import { findUnsafeHtml } from '../../unit/export/findUnsafeHtml';
import { dompurifyPayloads, h5scVectors } from '../corpusFixtures';

const samples: HostileSample[] = [...(await dompurifyPayloads()), ...h5scVectors()];

describe('the DOMPurify and H5SC corpora', () => {
  it('have every payload of both collections', () => {
    expect(samples.filter((sample) => sample.name.startsWith('dompurify'))).toHaveLength(223);
    expect(samples.filter((sample) => sample.name.startsWith('h5sc'))).toHaveLength(139);
  });
});

describe('htmlToDoc then docToHtml on the corpora', () => {
  it.each(samples)('$name leaves nothing unsafe', ({ html }) => {
    const output = docToHtml(htmlToDoc(html));
    expect(findUnsafeHtml(output)).toEqual([]);
    expect(findUnsafeHtml(sanitizeOutput(output))).toEqual([]);
  });
});

describe('sanitizeOutput on the corpora', () => {
  it.each(samples)('$name leaves nothing unsafe', ({ html }) => {
    expect(findUnsafeHtml(sanitizeOutput(html))).toEqual([]);
  });
});
