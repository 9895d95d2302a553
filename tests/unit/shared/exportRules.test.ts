import { describe, expect, it } from 'vitest';
import { exportPostHtml } from '../../../electron/core/export/htmlPage';
import { exportedPublishDate } from '../../../electron/core/shared/export/exportedPublishDate';
import { withoutTrailingEmptyParagraphs } from '../../../electron/core/shared/export/withoutTrailingEmptyParagraphs';
import type { Doc, Post, PostStatus } from '../../../electron/core/shared/schema';

const words = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const empty = { type: 'paragraph' };
const blank = { type: 'paragraph', content: [{ type: 'text', text: '   ' }, { type: 'hardBreak' }] };

const post = (status: PostStatus, doc: Doc = { type: 'doc', content: [words('Hej')] }): Post => ({
  id: 'p1',
  title: 'Om kanaler',
  doc,
  words: 1,
  channels: [],
  status,
  lang: 'sv',
  url: null,
  slug: null,
  createdAt: '2024-03-01T08:00:00.000Z',
  updatedAt: '2024-03-05T09:30:00.000Z',
  publishedAt: status === 'published' ? '2024-03-02T10:00:00.000Z' : null,
  deletedAt: null,
});

describe('the publication date an export shows', () => {
  it('is the date a published post was published', () => {
    expect(exportedPublishDate(post('published'))).toBe('2024-03-02T10:00:00.000Z');
  });

  it('is the last change for a published post whose date is unknown', () => {
    expect(exportedPublishDate({ ...post('published'), publishedAt: null })).toBe('2024-03-05T09:30:00.000Z');
  });

  it.each(['draft', 'ready'] as const)('is absent for a %s post, even one published before', (status) => {
    expect(exportedPublishDate({ ...post(status), publishedAt: '2024-03-02T10:00:00.000Z' })).toBeNull();
  });

  it.each(['draft', 'ready'] as const)('leaves a %s post exported as HTML without a published date', (status) => {
    const html = exportPostHtml(post(status), []).content;
    expect(html).not.toContain('dt-published');
    expect(html).not.toContain('datePublished');
    expect(html).toContain('"dateModified": "2024-03-05T09:30:00.000Z"');
  });

  it('gives a published post exported as HTML its date', () => {
    const html = exportPostHtml(post('published'), []).content;
    expect(html).toContain('<time class="dt-published" datetime="2024-03-02T10:00:00.000Z">2 mars 2024</time>');
  });
});

describe('the end of an exported post', () => {
  it('drops the empty paragraphs after the last words, and only those', () => {
    const doc: Doc = { type: 'doc', content: [words('Ett'), empty, words('Två'), empty, blank, empty] };
    expect(withoutTrailingEmptyParagraphs(doc).content).toEqual([words('Ett'), empty, words('Två')]);
  });

  it('keeps a post that ends in words as it is', () => {
    const doc: Doc = { type: 'doc', content: [words('Ett')] };
    expect(withoutTrailingEmptyParagraphs(doc)).toEqual(doc);
  });

  it('never ends an HTML export with an empty paragraph', () => {
    const doc: Doc = { type: 'doc', content: [words('Sista orden.'), empty, blank] };
    const html = exportPostHtml(post('published', doc), []).content;
    expect(html).toContain('<p>Sista orden.</p>\n</div>');
    expect(html).not.toMatch(/<p>(\s|<br>)*<\/p>/);
  });

  it('exports a post with nothing in it without an empty paragraph', () => {
    const html = exportPostHtml(post('draft', { type: 'doc', content: [empty] }), []).content;
    expect(html).not.toContain('<p></p>');
  });
});
