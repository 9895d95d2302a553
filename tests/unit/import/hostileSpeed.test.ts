import { describe, expect, it } from 'vitest';
import { MAX_MARKUP_DEPTH } from '../../../electron/core/content/markupDepth';
import type { CleanComment } from '../../../electron/core/import/normalize/cleanComment';
import { threadMentions } from '../../../electron/core/import/normalize/threadMentions';
import { MAX_COMMENT_ELEMENTS } from '../../../electron/core/import/importLimits';
import type { ImportedComment } from '../../../electron/core/shared/importTypes';
import { bytesOf, importBytes, refusalOf } from './importFixture';

// Each input below took from seconds to hours through a regex or parser that backtracks or copies per character.
// Linear work on any of them takes well under a second; the bound leaves room for a slow machine.
const FAST_MS = 3000;
const MB = 1024 * 1024;

async function timed<T>(work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  expect(performance.now() - started).toBeLessThan(FAST_MS);
  return result;
}

const WXR_HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Blog</title><wp:wxr_version>1.2</wp:wxr_version>`;

const wxr = (parts: { title?: string; author?: string; comment?: string; content?: string }) => `${WXR_HEAD}
<item><title><![CDATA[${parts.title ?? 'Post'}]]></title><guid isPermaLink="false">p1</guid>
<content:encoded><![CDATA[${parts.content ?? 'Text'}]]></content:encoded>
<wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
<wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_author><![CDATA[${parts.author ?? 'Anna'}]]></wp:comment_author>
<wp:comment_date_gmt>2020-01-01 10:00:00</wp:comment_date_gmt><wp:comment_content><![CDATA[${parts.comment ?? 'Hello'}]]></wp:comment_content>
<wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>
</item></channel></rss>`;

const TOO_DEEP = `its HTML is nested more than ${MAX_MARKUP_DEPTH} levels deep`;

describe('pasted text that made the line patterns backtrack', () => {
  it('reads a comments header with a long run of spaces in its title', async () => {
    const text = `Title\n\n1 comment on “${' '.repeat(200_000)}x”\n\n1. Hi\n`;
    const result = await timed(() => importBytes('header.txt', bytesOf(text), { format: 'text' }));
    expect(result.threads).toHaveLength(1);
  });

  it('reads a date line followed by a long run of spaces', async () => {
    const text = `Title\n\n1 comment on “Title”\n\n1. Anna says:\nMay 3, 2010${' '.repeat(MB)}x\nHi\n`;
    const result = await timed(() => importBytes('date.txt', bytesOf(text)));
    expect(result.threads[0]?.comments).toHaveLength(1);
  });
});

describe('“@Name” replies in pasted text', () => {
  const comment = (id: number, name: string, text: string): CleanComment => {
    const source: ImportedComment = { externalId: String(id), parentExternalId: null, author: { name }, date: null, status: 'approved', kind: 'comment', html: '' };
    return { source, externalId: String(id), parentExternalId: null, orphan: false, kind: 'comment', status: 'approved', author: { name }, date: null, html: '', text };
  };

  it('threads 100,000 replies, each to the one before, in one pass', async () => {
    const count = 100_000;
    const comments = Array.from({ length: count }, (_, i) => comment(i, `Reader ${i}`, `@Reader ${i - 1} thanks`));
    const threaded = await timed(async () => threadMentions(comments));
    expect(threaded[count - 1]?.parentExternalId).toBe(String(count - 2));
    expect(threaded[0]?.parentExternalId).toBeNull();
  });

  it('threads 100,000 replies that all name the same reader to the latest one', async () => {
    const count = 100_000;
    const comments = Array.from({ length: count }, (_, i) => comment(i, 'Anna', `@Anna again ${i}`));
    const threaded = await timed(async () => threadMentions(comments));
    expect(threaded[count - 1]?.parentExternalId).toBe(String(count - 2));
  });

  it('prefers the longest name, then the latest comment by it', () => {
    const threaded = threadMentions([
      comment(1, 'Anna', 'Hi'),
      comment(2, 'Anna Berg', 'Hello'),
      comment(3, 'Anna', 'Again'),
      comment(4, 'Bo', '@Anna Berg, yes'),
      comment(5, 'Bo', '@Anna Bergström no'),
      comment(6, 'Bo', '@anna: sure'),
      comment(7, 'Bo', '@Annabel hm'),
    ]);
    expect(threaded.map((c) => c.parentExternalId)).toEqual([null, null, null, '2', '3', '3', null]);
  });
});

describe('markup nested absurdly deep, refused before any parser chokes on it', () => {
  const deep = (tag: string) => `<${tag}>`.repeat(MB / (tag.length + 2));

  it.each([
    ['an author name', { author: deep('b') }],
    ['a post title', { title: deep('i') }],
    ['a comment', { comment: deep('em') }],
    ['a post body', { content: deep('blockquote') }],
  ])('refuses %s of a million nested tags', async (_where, parts) => {
    const refused = await timed(() => refusalOf('deep.xml', bytesOf(wxr(parts))));
    expect(refused.problem).toBe(TOO_DEEP);
  });

  it('refuses a saved page of a million nested elements', async () => {
    const page = `<!DOCTYPE html><html><body><ol class="comment-list">${'<div>'.repeat(MB / 5)}</ol></body></html>`;
    const refused = await timed(() => refusalOf('deep.html', bytesOf(page)));
    expect(refused.problem).toBe('its HTML is nested more than 1000 levels deep');
  });

  it.each([
    ['HTML', wxr({ comment: '<p>'.repeat(100_000) }), 'wide.xml'],
    ['pasted lines', `Title\n\n1 comment on “Title”\n\n1. Anna says:\n${'line\n'.repeat(100_000)}`, 'wide.txt'],
  ])('refuses a comment of more elements than the app can draw: %s', async (_kind, text, name) => {
    const refused = await timed(() => refusalOf(name, bytesOf(text)));
    expect(refused.problem).toBe(`it has a comment of more than ${MAX_COMMENT_ELEMENTS} HTML elements, which no blog allows`);
  });

  it('still reads a comment nested as deep as real ones get', async () => {
    const comment = `${'<blockquote>'.repeat(20)}quoted${'</blockquote>'.repeat(20)}<p>${'<a href="https://x.example/">x</a> '.repeat(500)}</p>`;
    const result = await timed(() => importBytes('quotes.xml', bytesOf(wxr({ comment }))));
    expect(result.threads[0]?.comments[0]?.text).toContain('quoted');
  });
});
