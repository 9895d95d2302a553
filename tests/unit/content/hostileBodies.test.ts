import { describe, expect, it } from 'vitest';
import { docText } from '../../../electron/core/shared/content/docText';
import { htmlToDoc, MAX_BODY_ELEMENTS } from '../../../electron/core/content/htmlToDoc';
import { MAX_MARKUP_DEPTH } from '../../../electron/core/content/markupDepth';
import { matchPost } from '../../../electron/core/threads/matchPost';
import type { Post } from '../../../electron/core/shared/schema';

import { expectLinear } from '../../helpers/linearTime';

// Each input once made a regex, a parser or a DOM walk go quadratic: the time must grow with its size, no faster.

describe('imported post bodies that once hung or crashed the import', () => {
  it('reads a body with a long run of spaces quickly', async () => {
    const doc = await expectLinear(1024 * 1024, (n) => htmlToDoc(`a${' '.repeat(n)}b`));
    expect(docText(doc)).toBe('a b');
  });

  it('refuses a body nested absurdly deep with a clear error, not a stack overflow', async () => {
    await expectLinear(100_000, (n) =>
      expect(() => htmlToDoc(`${'<blockquote>'.repeat(n)}x`)).toThrow(
        `its HTML is nested more than ${MAX_MARKUP_DEPTH} levels deep`,
      ),
    );
  });

  it('refuses a body of more elements than any post has, before walking them', async () => {
    await expectLinear(200_000, (n) =>
      expect(() => htmlToDoc('<p>x</p>'.repeat(n))).toThrow(
        `The post body has more than ${MAX_BODY_ELEMENTS} elements`,
      ),
    );
  });

  it('refuses text of more lines than any post has, once they are elements', async () => {
    await expectLinear(100_000, (n) =>
      expect(() => htmlToDoc('line\n'.repeat(n))).toThrow(`The post body has more than ${MAX_BODY_ELEMENTS} elements`),
    );
  });

  it('still reads a long post', async () => {
    const paragraphs = (n: number) =>
      Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} with a <a href="https://example.com/${i}">link</a>.</p>`);
    const doc = await expectLinear(2000, (n) => htmlToDoc(paragraphs(n).join('\n')));
    expect(doc.content).toHaveLength(2000);
  });
});

describe('matching an imported thread to a post', () => {
  it('compares addresses ending in a long run of slashes quickly', async () => {
    const postWith = (n: number) =>
      ({ url: `https://blog.example/p${'/'.repeat(n)}`, slug: null, title: 'A', deletedAt: null }) as unknown as Post;
    const post = postWith(200_000);
    const found = await expectLinear(200_000, (n) =>
      matchPost([postWith(n)], { url: `http://blog.example/p${'/'.repeat(n)}x`, slug: null, title: 'B' }),
    );
    expect(found).toBeNull();
    expect(matchPost([post], { url: 'https://BLOG.example/p/', slug: null, title: 'B' })).toBe(post);
  });
});
