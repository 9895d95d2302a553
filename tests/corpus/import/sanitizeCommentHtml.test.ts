import { describe, expect, it } from 'vitest';
import { sanitizeCommentHtml } from '../../../electron/core/import';
import { htmlToText } from '../../../electron/core/import/html/htmlToText';
import { READER_LINK_REL as LINK_REL } from '../../../electron/core/shared/policy';
import { findForbidden } from '../../unit/import/hostileHtml';
import { dompurifyPayloads, h5scVectors } from '../corpusFixtures';

describe('the comment sanitizer against the DOMPurify and H5SC corpora', () => {
  it('leaves nothing outside the allow-list in any of the 223 DOMPurify payloads', async () => {
    const payloads = await dompurifyPayloads();
    expect(payloads).toHaveLength(223);
    const findings = payloads.flatMap((p) =>
      findForbidden(sanitizeCommentHtml(p.html), LINK_REL).map((f) => `${p.name}: ${f}`),
    );
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
