import { parseDocument, DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { exportPostHtml } from '../../../electron/core/export/htmlPage';
import type { Channel, Doc, Post } from '../../../electron/core/shared/schema';

const channels: Channel[] = [
  { id: 'ch-b2b', code: 'B2B', description: { en: 'Business to business', sv: 'Företag till företag' }, builtIn: true },
  {
    id: 'ch-c2b',
    code: 'C2B',
    description: { en: 'Consumer to business', sv: 'Konsument till företag' },
    builtIn: true,
  },
  { id: 'ch-own', code: 'Egen "kanal" <b>', description: { en: 'Own', sv: '' }, builtIn: false },
];

const body: Doc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: 'Kommunikation mellan företag och konsumenter är långtifrån enkel. ' + 'Ord '.repeat(60),
        },
      ],
    },
    {
      type: 'paragraph',
      content: [{ type: 'text', text: 'Läs mer', marks: [{ type: 'link', attrs: { href: 'https://example.se/' } }] }],
    },
  ],
};

const post = (overrides: Partial<Post> = {}): Post => ({
  id: 'p1',
  title: 'Kanaler för företag',
  words: 0,
  doc: body,
  channels: ['ch-b2b', 'ch-c2b', 'missing'],
  status: 'published',
  lang: 'sv',
  url: null,
  slug: null,
  createdAt: '2024-03-01T08:00:00.000Z',
  updatedAt: '2024-03-05T09:30:00.000Z',
  publishedAt: '2024-03-02T10:00:00.000Z',
  deletedAt: null,
  ...overrides,
});

function parse(html: string) {
  const dom = parseDocument(html);
  const all = (predicate: (element: Element) => boolean) => DomUtils.findAll(predicate, dom.children);
  const one = (predicate: (element: Element) => boolean) => {
    const found = all(predicate);
    expect(found).toHaveLength(1);
    return found[0] as Element;
  };
  const byClass = (name: string) => (element: Element) => (element.attribs['class'] ?? '').split(' ').includes(name);
  const byTag = (name: string) => (element: Element) => element.name === name;
  return { dom, all, one, byClass, byTag, text: (element: Element) => DomUtils.textContent(element) };
}

function jsonLd(html: string): Record<string, unknown> {
  const page = parse(html);
  const script = page.one(page.byTag('script'));
  return JSON.parse(page.text(script)) as Record<string, unknown>;
}

describe('exportPostHtml', () => {
  it('writes a standalone HTML5 page with head metadata', () => {
    const file = exportPostHtml(post(), channels, { generator: 'Kanal 0.1.0' });
    expect(file.mimeType).toBe('text/html');
    expect(file.content.startsWith('<!doctype html>\n<html lang="sv">')).toBe(true);
    const page = parse(file.content);
    const meta = (name: string) =>
      page.one((element) => element.name === 'meta' && element.attribs['name'] === name).attribs['content'];
    expect(page.all((element) => element.name === 'meta' && element.attribs['charset'] === 'utf-8')).toHaveLength(1);
    expect(meta('viewport')).toContain('width=device-width');
    expect(meta('keywords')).toBe('B2B, C2B');
    expect(meta('generator')).toBe('Kanal 0.1.0');
    const description = meta('description') ?? '';
    expect(description.startsWith('Kommunikation mellan företag och konsumenter är långtifrån enkel.')).toBe(true);
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description).toMatch(/ Ord…$/);
    const csp = page.one((element) => element.attribs['http-equiv'] === 'Content-Security-Policy').attribs['content'];
    expect(csp).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'",
    );
    expect(page.text(page.one(page.byTag('title')))).toBe('Kanaler för företag');
    expect(page.all(page.byTag('style'))).toHaveLength(1);
  });

  it('marks the post up as an h-entry with its channels as categories', () => {
    const page = parse(exportPostHtml(post(), channels).content);
    page.one(page.byClass('h-entry'));
    expect(page.text(page.one(page.byClass('p-name')))).toBe('Kanaler för företag');
    const published = page.one(page.byClass('dt-published'));
    expect(published.name).toBe('time');
    expect(published.attribs['datetime']).toBe('2024-03-02T10:00:00.000Z');
    expect(page.text(published)).toBe('2 mars 2024');
    const categories = page.all(page.byClass('p-category'));
    expect(categories.map(page.text)).toEqual(['B2B', 'C2B']);
    expect(categories.map((element) => element.attribs['title'])).toEqual([
      'Företag till företag',
      'Konsument till företag',
    ]);
    const content = page.one(page.byClass('e-content'));
    expect(page.text(content)).toContain('långtifrån enkel');
    const link = page.one(page.byTag('a'));
    expect(link.attribs).toEqual({ href: 'https://example.se/', rel: 'noopener noreferrer nofollow' });
  });

  it('describes channels in English for a post not in Swedish, and falls back to the other language', () => {
    const page = parse(exportPostHtml(post({ lang: 'en-GB', channels: ['ch-b2b', 'ch-own'] }), channels).content);
    const categories = page.all(page.byClass('p-category'));
    expect(categories.map((element) => element.attribs['title'])).toEqual(['Business to business', 'Own']);
    expect(categories.map(page.text)).toEqual(['B2B', 'Egen "kanal" <b>']);
  });

  it('uses the update date when the post was never published', () => {
    const page = parse(exportPostHtml(post({ publishedAt: null, lang: 'en' }), channels).content);
    expect(page.one(page.byClass('dt-published')).attribs['datetime']).toBe('2024-03-05T09:30:00.000Z');
    expect(jsonLd(exportPostHtml(post({ publishedAt: null }), channels).content)['datePublished']).toBe(
      '2024-03-05T09:30:00.000Z',
    );
  });

  it('has exactly one script, JSON-LD describing a BlogPosting', () => {
    const file = exportPostHtml(post({ url: 'https://example.se/kanaler' }), channels);
    const page = parse(file.content);
    const scripts = page.all(page.byTag('script'));
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.attribs).toEqual({ type: 'application/ld+json' });
    const data = jsonLd(file.content);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'Kanaler för företag',
      datePublished: '2024-03-02T10:00:00.000Z',
      dateModified: '2024-03-05T09:30:00.000Z',
      inLanguage: 'sv',
      keywords: ['B2B', 'C2B'],
      url: 'https://example.se/kanaler',
    });
    expect(data['articleBody']).toMatch(/^Kommunikation mellan företag/);
  });

  it('escapes a hostile title everywhere it appears', () => {
    const title = '</title><script>alert(1)</script>"\'& </script><!--';
    const file = exportPostHtml(post({ title, lang: 'sv" onload="alert(1)' }), channels);
    const page = parse(file.content);
    expect(page.text(page.one(page.byTag('title')))).toBe(title);
    expect(page.text(page.one(page.byClass('p-name')))).toBe(title);
    expect(page.all(page.byTag('script'))).toHaveLength(1);
    expect(jsonLd(file.content)['headline']).toBe(title);
    expect(page.one(page.byTag('html')).attribs).toEqual({ lang: 'sv" onload="alert(1)' });
    expect(file.content).not.toContain('<script>alert');
  });

  it('keeps a </script> in the body inside the JSON-LD string', () => {
    const doc: Doc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Se </script><script>alert(1)</script> här' }] }],
    };
    const file = exportPostHtml(post({ doc }), channels);
    const page = parse(file.content);
    expect(page.all(page.byTag('script'))).toHaveLength(1);
    expect(jsonLd(file.content)['articleBody']).toBe('Se </script><script>alert(1)</script> här');
    expect(page.text(page.one(page.byClass('e-content'))).trim()).toBe('Se </script><script>alert(1)</script> här');
  });

  it('exports a doc smuggling a javascript: link without the link', () => {
    const doc: Doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'klicka', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
          ],
        },
      ],
    };
    const file = exportPostHtml(post({ doc }), channels);
    const page = parse(file.content);
    expect(page.all(page.byTag('a'))).toHaveLength(0);
    expect(page.text(page.one(page.byClass('e-content'))).trim()).toBe('klicka');
    expect(file.content).not.toMatch(/javascript:/i);
  });

  it('keeps Swedish text intact', () => {
    const doc: Doc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Åsa, Ärlig och Östen räknar å ä ö Å Ä Ö.' }] }],
    };
    const file = exportPostHtml(post({ title: 'Åäö i rubriken', doc }), channels);
    expect(file.content).toContain('<h1 class="p-name">Åäö i rubriken</h1>');
    expect(file.content).toContain('Åsa, Ärlig och Östen räknar å ä ö Å Ä Ö.');
    expect(jsonLd(file.content)['articleBody']).toBe('Åsa, Ärlig och Östen räknar å ä ö Å Ä Ö.');
  });

  it('names the file after the title', () => {
    expect(exportPostHtml(post(), channels).filename).toBe('kanaler-for-foretag.html');
    expect(exportPostHtml(post({ title: 'Åsa på Öland – ett år senare!' }), channels).filename).toBe(
      'asa-pa-oland-ett-ar-senare.html',
    );
    expect(exportPostHtml(post({ title: '???' }), channels).filename).toBe('post.html');
    expect(exportPostHtml(post({ title: '', slug: 'fran-wordpress' }), channels).filename).toBe('fran-wordpress.html');
  });

  it('gives an untitled post a title in its language', () => {
    const page = parse(exportPostHtml(post({ title: '  ' }), channels).content);
    expect(page.text(page.one(page.byTag('title')))).toBe('Utan rubrik');
  });
});
