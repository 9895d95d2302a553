import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../electron/core/import';
import { readFixture } from './importFixture';

const head = (name: string): string => new TextDecoder().decode(readFixture(name).subarray(0, 64 * 1024));

describe('detectFormat', () => {
  it.each([
    ['wxr-threads.xml', 'wxr'],
    ['wxr-1.0.xml', 'wxr'],
    ['wxr-1.1.xml', 'wxr'],
    ['wxr-rules.xml', 'wxr'],
    ['wxr-namespaces.xml', 'wxr'],
    ['disqus-export.xml', 'disqus'],
    ['blogger-classic.xml', 'blogger'],
    ['takeout-feed.atom', 'blogger'],
    ['saved-post-page.html', 'wp-html'],
    ['pasted-sv-doubled.txt', 'text'],
    ['pasted-en-names.txt', 'text'],
    ['pasted-sv.txt', 'text'],
    ['pasted-missing-quote.txt', 'text'],
  ])('%s is %s', (name, format) => {
    expect(detectFormat(head(name))).toBe(format);
  });

  it('knows the comments headers of English and Swedish themes', () => {
    for (const header of [
      'One thought on “T”',
      '1 svar på ”T”',
      '12 Responses to "T"',
      '2 kommentarer till ”T',
      '5 tankar om ”T”',
    ]) {
      expect(detectFormat(`T\n\n${header}\n\n 1. Hej\n`)).toBe('text');
    }
  });

  it('reads past a byte-order mark, comments and a DOCTYPE with an internal subset', () => {
    expect(detectFormat('\uFEFF<?xml version="1.0"?>\n<!-- a -->\n<!DOCTYPE d [ <!ELEMENT d ANY> ]>\n<disqus/>')).toBe(
      'disqus',
    );
    expect(detectFormat('<html><body></body></html>')).toBe('wp-html');
  });

  it('says null for everything else', () => {
    for (const text of [
      '',
      'Anteckningar',
      '<rss version="2.0"><channel/></rss>',
      '<feed xmlns="http://www.w3.org/2005/Atom"/>',
      '<svg/>',
      '{"a":1}',
    ]) {
      expect(detectFormat(text)).toBeNull();
    }
  });

  it('does not mistake a body line for a comments header without its quote', () => {
    expect(detectFormat('Titel\n\n3 thoughts on this matter\n 1. ok\n')).toBeNull();
  });
});
