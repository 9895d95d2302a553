import { describe, expect, it } from 'vitest';
import { docText } from '../../../electron/core/shared/content/docText';
import { htmlToDoc, MAX_BODY_ELEMENTS } from '../../../electron/core/content/htmlToDoc';
import { MAX_MARKUP_DEPTH } from '../../../electron/core/content/markupDepth';
import { matchPost } from '../../../electron/core/threads/matchPost';
import type { Post } from '../../../electron/core/shared/schema';

// Linear work on each input takes well under a second; the inputs made regexes, parsers or DOM walks go quadratic.
const FAST_MS = 3000;

function timed<T>(work: () => T): T {
  const started = performance.now();
  const result = work();
  expect(performance.now() - started).toBeLessThan(FAST_MS);
  return result;
}

describe('imported post bodies that once hung or crashed the import', () => {
  it('reads a body with a long run of spaces quickly', () => {
    const doc = timed(() => htmlToDoc(`a${' '.repeat(1024 * 1024)}b`));
    expect(docText(doc)).toBe('a b');
  });

  it('refuses a body nested absurdly deep with a clear error, not a stack overflow', () => {
    const deep = `${'<blockquote>'.repeat(100_000)}x`;
    timed(() => expect(() => htmlToDoc(deep)).toThrow(`its HTML is nested more than ${MAX_MARKUP_DEPTH} levels deep`));
  });

  it('refuses a body of more elements than any post has, before walking them', () => {
    const flat = '<p>x</p>'.repeat(50_000);
    timed(() => expect(() => htmlToDoc(flat)).toThrow(`The post body has more than ${MAX_BODY_ELEMENTS} elements`));
  });

  it('refuses text of more lines than any post has, once they are elements', () => {
    timed(() => expect(() => htmlToDoc('line\n'.repeat(100_000))).toThrow(`The post body has more than ${MAX_BODY_ELEMENTS} elements`));
  });

  it('still reads a long post', () => {
    const paragraphs = Array.from({ length: 2000 }, (_, i) => `<p>Paragraph ${i} with a <a href="https://example.com/${i}">link</a>.</p>`);
    const doc = timed(() => htmlToDoc(paragraphs.join('\n')));
    expect(doc.content).toHaveLength(2000);
  });
});

describe('matching an imported thread to a post', () => {
  it('compares addresses ending in a long run of slashes quickly', () => {
    const post = { url: `https://blog.example/p${'/'.repeat(200_000)}`, slug: null, title: 'A', deletedAt: null } as unknown as Post;
    const found = timed(() => matchPost([post], { url: `http://blog.example/p${'/'.repeat(200_000)}x`, slug: null, title: 'B' }));
    expect(found).toBeNull();
    expect(matchPost([post], { url: 'https://BLOG.example/p/', slug: null, title: 'B' })).toBe(post);
  });
});
