import { describe, expect, it } from 'vitest';
import { importBytes, refusalOf } from '../../unit/import/importFixture';
import { readCorpusFile } from '../corpusFixtures';

describe('the corpora forced into a format they are not', () => {
  it('refuses them, naming the root element it found', async () => {
    const disqus = readCorpusFile('disqus/isso-disqus.xml');
    expect((await refusalOf('isso.xml', disqus, { format: 'wxr' })).problem).toBe(
      'it is not a WordPress export (its root element is <disqus>)',
    );
    expect((await refusalOf('isso.xml', disqus, { format: 'blogger' })).problem).toBe(
      'it is not a Blogger export (its root element is <disqus>)',
    );
    const wxr = readCorpusFile('wxr/valid-wxr-1.1.xml');
    expect((await refusalOf('wxr.xml', wxr, { format: 'disqus' })).problem).toBe(
      'it is not a Disqus export (its root element is <rss>)',
    );
  });

  it('reads a corpus export behind a UTF-8 byte-order mark', async () => {
    const data = new Uint8Array([0xef, 0xbb, 0xbf, ...readCorpusFile('wxr/valid-wxr-1.1.xml')]);
    expect((await importBytes('bom.xml', data)).threads).toHaveLength(1);
  });
});
