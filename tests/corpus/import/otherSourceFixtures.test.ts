import { describe, expect, it } from 'vitest';
import { suggestChannelCodes } from '../../../electron/core/import';
import { commentWithId, idsOf, threadTitled } from '../../unit/import/importFixture';
import { importCorpusFile } from '../corpusFixtures';

const BUILT_IN_CODES = ['B2B', 'B2C', 'C2C', 'C2B', 'C2E', 'E2C', 'E2E', 'B2E', 'E2B'];

describe('the seed: a post and its thread copied from the web page', () => {
  const load = () => importCorpusFile('seed/blog-post-with-comments.sv.txt');

  it('gives the post title and its body as escaped paragraphs', async () => {
    const result = await load();
    expect(result.format).toBe('text');
    expect(result.threads).toHaveLength(1);
    const thread = result.threads[0];
    expect(thread?.title).toBe('Sociala nätverk skapar nya kommunikationsvägar');
    expect(thread?.postHtml?.match(/<p>/g)).toHaveLength(6);
    expect(thread?.postHtml).toMatch(/^<p>I det “gamla” medielandskapet, pre sociala medier/);
    expect(thread?.postHtml).toContain('<p>E2E/B2E/E2B: Sociala nätverk fungerar även som intranät');
    expect(thread?.postHtml).toMatch(/Kan ni komma på fler möjliga kommunikationsvägar\?<\/p>$/);
  });

  it('keeps 7 comments and drops the 7 copies', async () => {
    const result = await load();
    const thread = result.threads[0];
    expect(thread?.comments).toHaveLength(7);
    expect(result.skipped.duplicate).toBe(7);
    expect(thread?.comments.map((c) => c.text.slice(0, 20))).toEqual([
      '@Niclas Strandh: Du ',
      'Jag är lite inne på ',
      '@Jenefeldt: Som sagt',
      '@daniel, jag håller ',
      'Vänner,\n\nFrågan huru',
      'Tack för era komment',
      'Jag jobbar mycket me',
    ]);
  });

  it('threads nothing: the people mentioned have no comments of their own here', async () => {
    const thread = (await load()).threads[0];
    expect(thread?.comments.every((c) => c.parentExternalId === null && !c.orphan)).toBe(true);
    expect(thread?.comments.every((c) => c.author.name === '' && c.date === null)).toBe(true);
  });

  it('keeps the paragraphs of a comment', async () => {
    const thread = (await load()).threads[0];
    const friends = thread?.comments[4];
    expect(friends?.html.match(/<p>/g)).toHaveLength(5);
    expect(friends?.text.split('\n\n')).toHaveLength(5);
  });

  it('suggests all nine built-in channels', async () => {
    const thread = (await load()).threads[0];
    expect(suggestChannelCodes(thread?.suggestedText ?? '', BUILT_IN_CODES)).toEqual(BUILT_IN_CODES);
  });
});

describe('isso-disqus.xml, as Disqus exports it', () => {
  const load = () => importCorpusFile('disqus/isso-disqus.xml');

  it('reads the reply, leaves out the empty thread and names the orphan it skips', async () => {
    const result = await load();
    expect(result.format).toBe('disqus');
    expect(result.threads.map((t) => t.title)).toEqual(['Hello, World!']);
    const thread = threadTitled(result, 'Hello, World!');
    expect(thread.url).toBe('http://example.org/');
    expect(idsOf(thread)).toEqual(['4', '5']);
    expect(commentWithId(thread, '5').parentExternalId).toBe('4');
    expect(result.skipped.missingThread).toBe(1);
    expect(result.warnings).toEqual([
      'Skipped 1 comment whose Disqus thread is not in the file: post 6 by “where am I?” (thread 1337)',
    ]);
  });

  it('takes a signed-in commenter with the thread author’s e-mail for the author, but not an anonymous one', async () => {
    const thread = threadTitled(await load(), 'Hello, World!');
    expect(commentWithId(thread, '4')).toMatchObject({ byAuthorSource: false, author: { name: 'peter' } });
    expect(commentWithId(thread, '5')).toMatchObject({ byAuthorSource: true, author: { name: 'user' } });
    expect(commentWithId(thread, '5').html).toBe('<p>Hello, World.</p>');
    expect(commentWithId(thread, '4').date).toBe('2013-10-10T19:20:29.000Z');
  });
});

describe('blogger-classic-sample.xml (ns0:/ns1: prefixes)', () => {
  const load = (names: string[] = []) =>
    importCorpusFile('blogger/blogger-classic-sample.xml', { identities: { names, emails: [] } });

  it('links the comment to its post by thr:in-reply-to, whatever the prefixes', async () => {
    const result = await load();
    expect(result.format).toBe('blogger');
    const thread = threadTitled(result, 'A test of newlines and labels/categories');
    expect(result.threads).toHaveLength(1);
    expect(thread.sourceKey).toBe('post-17');
    expect(thread.url).toBe('http://jlueck.wordpress.com/2008/05/16/a-test-of-newlines-and-labelscategories/');
    expect(thread.categories).toEqual(['NewTag', 'DataPortability', 'wordpress2blogger']);
    expect(thread.postHtml).toContain('<strong>your</strong>');
    expect(thread.comments.map((c) => [c.externalId, c.author.name, c.author.email, c.date])).toEqual([
      ['post-17.comment-8', 'jlueck', 'jlueck@google.com', '2008-05-16T20:24:37.000Z'],
    ]);
    expect(thread.comments[0]?.html).toBe(
      "Now let's try to see what it takes to make a comment work correctly.<br /><br />Can you see this?",
    );
    expect(thread.comments[0]?.text).toBe(
      "Now let's try to see what it takes to make a comment work correctly.\n\nCan you see this?",
    );
  });

  it('skips, and names, the comment on a post the file does not have', async () => {
    const result = await load();
    expect(result.skipped.missingThread).toBe(1);
    expect(result.warnings[0]).toContain('post-20.comment-9 by “jlueck” (post post-20)');
  });

  it('recognizes the author through the identities from Settings', async () => {
    expect((await load()).threads[0]?.comments[0]?.byAuthorSource).toBe(false);
    expect((await load([' JLUECK '])).threads[0]?.comments[0]?.byAuthorSource).toBe(true);
  });
});
