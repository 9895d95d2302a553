import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bytesOf,
  commentWithId,
  depthOf,
  idsOf,
  importBytes,
  refusalOf,
  threadTitled,
  totalComments,
} from '../../unit/import/importFixture';
import { corpusPath, importCorpusFile, readCorpusFile } from '../corpusFixtures';

const NONE_SKIPPED = { spam: 0, trash: 0, deleted: 0, note: 0, duplicate: 0, missingThread: 0 };

describe('theme-unit-test-data.xml, as WordPress reads it', () => {
  const load = () => importCorpusFile('wxr/theme-unit-test-data.xml');

  it('has the 33 comments of the file, on the posts and pages that carry them', async () => {
    const result = await load();
    expect(result.format).toBe('wxr');
    expect(result.skipped).toEqual(NONE_SKIPPED);
    expect(Object.fromEntries(result.threads.map((t) => [t.title, t.comments.length]))).toEqual({
      'WP 6.1 Theme block category': 1,
      'Page with comments': 4,
      'a Blog page': 1,
      'Template: Comments': 20,
      'Template: Pingbacks And Trackbacks': 5,
      'Template: Password Protected (the password is "enter")': 1,
      'Edge Case: No Content': 1,
    });
    expect(totalComments(result)).toBe(33);
  });

  it('keeps the ten-level reply chain', async () => {
    const thread = threadTitled(await load(), 'Template: Comments');
    const chain = ['904', '905', '906', '907', '910', '911', '912', '913', '914', '915'];
    expect(chain.map((id) => depthOf(thread, id))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(thread.comments.some((c) => c.orphan)).toBe(false);
  });

  it('marks pending comments and the reply to a comment', async () => {
    const result = await load();
    const page = threadTitled(result, 'Page with comments');
    expect(commentWithId(page, '1017')).toMatchObject({ status: 'pending', parentExternalId: '168' });
    expect(commentWithId(threadTitled(result, 'a Blog page'), '1016').status).toBe('pending');
    expect(commentWithId(threadTitled(result, 'Template: Comments'), '1015').status).toBe('pending');
    const pending = result.threads.flatMap((t) => t.comments).filter((c) => c.status === 'pending');
    expect(pending.map((c) => c.externalId).sort()).toEqual(['1015', '1016', '1017']);
  });

  it('keeps pingbacks and trackbacks, with their names decoded', async () => {
    const thread = threadTitled(await load(), 'Template: Pingbacks And Trackbacks');
    expect(thread.comments.map((c) => [c.externalId, c.kind])).toEqual([
      ['921', 'trackback'],
      ['922', 'trackback'],
      ['923', 'pingback'],
      ['924', 'pingback'],
      ['925', 'comment'],
    ]);
    expect(commentWithId(thread, '921').author.name).toBe('Ping 1 « What’s a tellyworth?');
    expect(commentWithId(thread, '922').author.name).toMatch(/^Ping 2 with a much longer title/);
    expect(commentWithId(thread, '922').author.url).toMatch(
      /^http:\/\/tellyworth\.wordpress\.com\/2007\/11\/21\/ping-2/,
    );
  });

  it('keeps authors with non-Latin names as they are', async () => {
    const thread = threadTitled(await load(), 'Template: Comments');
    expect(commentWithId(thread, '881').author.name).toBe('John Γιάννης Doe Κάποιος');
    expect(commentWithId(thread, '904').author.name).toBe('John Κώστας Doe Τάδε');
    expect(commentWithId(thread, '918').author.name).toBe('John Μαρία Doe Ντουε');
  });

  it('recognizes the post author by e-mail, and nobody else', async () => {
    const result = await load();
    const own = (title: string) =>
      threadTitled(result, title)
        .comments.filter((c) => c.byAuthorSource)
        .map((c) => c.externalId);
    expect(own('Template: Comments')).toEqual(['903', '910', '915']);
    expect(own('Page with comments')).toEqual(['169']);
    // themedemos commenting on a post by themereviewteam is not that post's author.
    expect(own('WP 6.1 Theme block category')).toEqual([]);
  });

  it('reads GMT dates as UTC and sanitizes the markup-heavy comments', async () => {
    const thread = threadTitled(await load(), 'Template: Comments');
    const headings = commentWithId(thread, '881');
    expect(headings.date).toBe('2012-09-03T17:18:04.000Z');
    expect(headings.html).not.toMatch(/<h1|<table|<img/);
    expect(headings.html).toContain('<blockquote>');
    expect(headings.text).toContain('Header one');
    expect(thread.url).toBe('https://wpthemetestdata.wordpress.com/2012/01/03/template-comments/');
    expect(thread.author).toMatchObject({ username: 'themedemos', email: 'themeshaperwp+demos@gmail.com' });
  });
});

describe('a11y-unit-test-data.xml', () => {
  it('skips the item without a post type, as WordPress refuses it, and reads the rest', async () => {
    const result = await importCorpusFile('wxr/a11y-unit-test-data.xml');
    expect(result.threads.map((t) => [t.title, t.comments.length])).toEqual([
      ['Template: Comments', 19],
      ['Template: Pingbacks And Trackbacks', 5],
      ['Template: Password Protected (the password is "enter")', 1],
      ['Edge Case: No Content', 1],
    ]);
    expect(result.warnings.join('\n')).toContain('“Page with comments” (no post type, 3 comments)');
    expect(depthOf(threadTitled(result, 'Template: Comments'), '915')).toBe(10);
  });
});

describe('the small WordPress fixtures', () => {
  it.each(['valid-wxr-1.0.xml', 'valid-wxr-1.1.xml'])('%s: one comment on “Hello world!”', async (name) => {
    const result = await importCorpusFile(`wxr/${name}`);
    expect(result.threads).toHaveLength(1);
    const thread = threadTitled(result, 'Hello world!');
    expect(idsOf(thread)).toEqual(['1']);
    expect(thread.comments[0]?.author).toEqual({ name: 'Mr WordPress', url: 'http://wordpress.org/' });
    expect(thread.comments[0]?.byAuthorSource).toBe(false);
  });

  it('slashes.xml keeps backslashes in comments', async () => {
    const thread = threadTitled(await importCorpusFile('wxr/slashes.xml'), 'Hello world!');
    expect(thread.comments[0]?.text).toBe('\\o/ ¯\\_(ツ)_/¯');
  });

  it('test-serialized-comment-meta.xml has its one comment', async () => {
    const result = await importCorpusFile('wxr/test-serialized-comment-meta.xml');
    const thread = threadTitled(result, 'My Entry with comments and comment meta');
    expect(thread.comments.map((c) => [c.externalId, c.author.name, c.author.email])).toEqual([
      ['1', 'A WordPress Commenter', 'wapuu@wordpress.example'],
    ]);
  });

  it.each([
    'cdata-edge.xml',
    'crazy-cdata.xml',
    'namespace-edge-cases.xml',
    'wxr-simple.xml',
    'wxr-utf-8-challenges.xml',
  ])('%s is read like WordPress reads it, and has no comments', async (name) => {
    const result = await importCorpusFile(`wxr/${name}`);
    expect(result.format).toBe('wxr');
    expect(result.threads).toEqual([]);
    expect(result.warnings).toEqual([`“wxr/${name}” has no comments to import.`]);
  });
});

describe('wxr-utf-8-challenges.xml’s hardest strings, as a commenter and a post', () => {
  it('keeps zalgo, emoji, right-to-left and invisible characters in names and titles, and decodes entities', async () => {
    const source = readFileSync(corpusPath('wxr/wxr-utf-8-challenges.xml'), 'utf8');
    const displayName = /<wp:author_display_name><!\[CDATA\[(.*?)\]\]>/.exec(source)?.[1] ?? '';
    const title = /<item>\s*<title><!\[CDATA\[(.*?)\]\]>/.exec(source)?.[1] ?? '';
    const wxr = `<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>
      <item><title><![CDATA[${title} &amp; B2B]]></title><wp:post_type>post</wp:post_type>
      <wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_author><![CDATA[${displayName}]]></wp:comment_author>
      <wp:comment_content><![CDATA[مرحبا 🚀]]></wp:comment_content></wp:comment></item></channel></rss>`;
    const thread = (await importBytes('utf8.xml', bytesOf(wxr))).threads[0];
    expect(displayName).toMatch(/^A̸̰̅d/);
    expect(thread?.title).toBe(`${title.trim()} & B2B`);
    expect(thread?.comments[0]?.author.name).toBe(displayName.replace(/\s+/g, ' ').trim());
    expect(thread?.comments[0]?.text).toBe('مرحبا 🚀');
  });
});

describe('malformed WordPress files', () => {
  // WordPress' XML parsers refuse both; its regex fallback rejects malformed.xml's version "abc" and finds no
  // complete item in malformed-simple.xml, so neither file ever gave WordPress a comment.
  it('refuses malformed.xml with the parser position', async () => {
    const name = 'wxr/malformed.xml';
    const refused = await refusalOf(name, readCorpusFile(name));
    expect(refused.problem).toMatch(/^it is not well-formed XML \(line 90, column \d+: /);
  });

  it('refuses malformed-simple.xml, whose item never closes', async () => {
    const name = 'wxr/malformed-simple.xml';
    const refused = await refusalOf(name, readCorpusFile(name));
    expect(refused.problem).toMatch(/not well-formed XML \(line \d+, column \d+: unclosed tag: item\)/);
  });
});
