import { describe, expect, it } from 'vitest';
import { MAX_MARKUP_DEPTH } from '../../../electron/core/content/markupDepth';
import type { CleanComment } from '../../../electron/core/import/normalize/cleanComment';
import { threadMentions } from '../../../electron/core/import/normalize/threadMentions';
import { MAX_COMMENT_ELEMENTS } from '../../../electron/core/import/importLimits';
import type { ImportedComment } from '../../../electron/core/shared/importTypes';
import { expectLinear } from '../../helpers/linearTime';
import { bytesOf, importBytes, refusalOf } from './importFixture';

// Each input below took from seconds to hours through a regex or parser that backtracks or copies per character:
// the time must grow with the input's size, no faster.
const MB = 1024 * 1024;

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
    const text = (n: number) => `Title\n\n1 comment on “${' '.repeat(n)}x”\n\n1. Hi\n`;
    const result = await expectLinear(200_000, (n) => importBytes('header.txt', bytesOf(text(n)), { format: 'text' }));
    expect(result.threads).toHaveLength(1);
  });

  it('reads a date line followed by a long run of spaces', async () => {
    const text = (n: number) => `Title\n\n1 comment on “Title”\n\n1. Anna says:\nMay 3, 2010${' '.repeat(n)}x\nHi\n`;
    const result = await expectLinear(MB, (n) => importBytes('date.txt', bytesOf(text(n))));
    expect(result.threads[0]?.comments).toHaveLength(1);
  });
});

describe('“@Name” replies in pasted text', () => {
  const comment = (id: number, name: string, text: string): CleanComment => {
    const source: ImportedComment = {
      externalId: String(id),
      parentExternalId: null,
      author: { name },
      date: null,
      status: 'approved',
      kind: 'comment',
      html: '',
    };
    return {
      source,
      externalId: String(id),
      parentExternalId: null,
      orphan: false,
      kind: 'comment',
      status: 'approved',
      author: { name },
      date: null,
      html: '',
      text,
    };
  };

  it('threads 100,000 replies, each to the one before, in one pass', async () => {
    const count = 100_000;
    const comments = (n: number) =>
      Array.from({ length: n }, (_, i) => comment(i, `Reader ${i}`, `@Reader ${i - 1} thanks`));
    const threaded = await expectLinear(count, (n) => threadMentions(comments(n)));
    expect(threaded[count - 1]?.parentExternalId).toBe(String(count - 2));
    expect(threaded[0]?.parentExternalId).toBeNull();
  });

  it('threads 100,000 replies that all name the same reader to the latest one', async () => {
    const count = 100_000;
    const comments = (n: number) => Array.from({ length: n }, (_, i) => comment(i, 'Anna', `@Anna again ${i}`));
    const threaded = await expectLinear(count, (n) => threadMentions(comments(n)));
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
  const deep = (tag: string, bytes: number) => `<${tag}>`.repeat(Math.round(bytes / (tag.length + 2)));

  it.each([
    ['an author name', (bytes: number) => ({ author: deep('b', bytes) })],
    ['a post title', (bytes: number) => ({ title: deep('i', bytes) })],
    ['a comment', (bytes: number) => ({ comment: deep('em', bytes) })],
    ['a post body', (bytes: number) => ({ content: deep('blockquote', bytes) })],
  ])('refuses %s of a million nested tags', async (_where, parts) => {
    const refused = await expectLinear(MB, (n) => refusalOf('deep.xml', bytesOf(wxr(parts(n)))));
    expect(refused.problem).toBe(TOO_DEEP);
  });

  it('refuses a saved page of a million nested elements', async () => {
    const page = (n: number) =>
      `<!DOCTYPE html><html><body><ol class="comment-list">${'<div>'.repeat(n)}</ol></body></html>`;
    const refused = await expectLinear(MB / 5, (n) => refusalOf('deep.html', bytesOf(page(n))));
    expect(refused.problem).toBe('its HTML is nested more than 1000 levels deep');
  });

  it.each([
    ['HTML', (n: number) => wxr({ comment: '<p>'.repeat(n) }), 'wide.xml'],
    [
      'pasted lines',
      (n: number) => `Title\n\n1 comment on “Title”\n\n1. Anna says:\n${'line\n'.repeat(n)}`,
      'wide.txt',
    ],
  ])('refuses a comment of more elements than the app can draw: %s', async (_kind, text, name) => {
    const refused = await expectLinear(100_000, (n) => refusalOf(name, bytesOf(text(n))));
    expect(refused.problem).toBe(
      `it has a comment of more than ${MAX_COMMENT_ELEMENTS} HTML elements, which no blog allows`,
    );
  });

  it('still reads a comment nested as deep as real ones get', async () => {
    const comment = (n: number) =>
      `${'<blockquote>'.repeat(20)}quoted${'</blockquote>'.repeat(20)}<p>${'<a href="https://x.example/">x</a> '.repeat(n)}</p>`;
    const result = await expectLinear(500, (n) => importBytes('quotes.xml', bytesOf(wxr({ comment: comment(n) }))));
    expect(result.threads[0]?.comments[0]?.text).toContain('quoted');
  });
});
