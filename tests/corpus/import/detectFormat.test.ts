import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../electron/core/import';
import { readCorpusFile } from '../corpusFixtures';

const head = (path: string): string => new TextDecoder().decode(readCorpusFile(path).subarray(0, 64 * 1024));

describe('detectFormat on the corpora', () => {
  it.each([
    ['wxr/theme-unit-test-data.xml', 'wxr'],
    ['wxr/valid-wxr-1.0.xml', 'wxr'],
    ['wxr/namespace-edge-cases.xml', 'wxr'],
    ['disqus/isso-disqus.xml', 'disqus'],
    ['blogger/blogger-classic-sample.xml', 'blogger'],
    ['seed/blog-post-with-comments.sv.txt', 'text'],
  ])('%s is %s', (path, format) => {
    expect(detectFormat(head(path))).toBe(format);
  });
});
