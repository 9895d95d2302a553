import { describe, expect, it } from 'vitest';
import { suggestChannelCodes } from '../../../electron/core/import';
import { commentWithId, idsOf, importFixture, threadTitled } from './importFixture';

const BUILT_IN_CODES = ['B2B', 'B2C', 'C2C', 'C2B', 'C2E', 'E2C', 'E2E', 'B2E', 'E2B'];

describe('pasted-sv-doubled.txt: a Swedish post and its thread copied from the page, every comment twice', () => {
  const load = () => importFixture('pasted-sv-doubled.txt');

  it('gives the post title and its body as escaped paragraphs', async () => {
    const result = await load();
    expect(result.format).toBe('text');
    expect(result.threads).toHaveLength(1);
    const thread = result.threads[0];
    expect(thread?.title).toBe('Fler vägar än B2B och B2C');
    expect(thread?.postHtml?.match(/<p>/g)).toHaveLength(6);
    expect(thread?.postHtml).toMatch(/^<p>Förr talade vi om två vägar: företag som säljer till företag, B2B/);
    expect(thread?.postHtml).toContain('<p>E2E/B2E/E2B: Inom företaget fungerar samma verktyg som ett intranät.');
    expect(thread?.postHtml).toMatch(/Skriv gärna en rad nedan\.<\/p>$/);
  });

  it('keeps 7 comments and drops the 7 copies, and nothing of the comment form after “Lämna ett svar”', async () => {
    const result = await load();
    const thread = result.threads[0];
    expect(thread?.comments).toHaveLength(7);
    expect(result.skipped.duplicate).toBe(7);
    expect(thread?.comments.map((c) => c.text.slice(0, 20))).toEqual([
      '@Maria Holm: Ja, pre',
      'Jag tycker att C2C ä',
      '@sofia_k: Håller med',
      'Vänner,\n\nJag har läs',
      'Bra sammanfattning! ',
      '@Maria Holm och @Jon',
      'Hur mäter man om B2E',
    ]);
    expect(thread?.comments.at(-1)?.text).toBe('Hur mäter man om B2E fungerar? Det har jag aldrig förstått.');
  });

  it('threads nothing: the people mentioned have no comments of their own here', async () => {
    const thread = (await load()).threads[0];
    expect(thread?.comments.every((c) => c.parentExternalId === null && !c.orphan)).toBe(true);
    expect(thread?.comments.every((c) => c.author.name === '' && c.date === null)).toBe(true);
  });

  it('keeps the paragraphs of a comment', async () => {
    const friends = (await load()).threads[0]?.comments[3];
    expect(friends?.html.match(/<p>/g)).toHaveLength(5);
    expect(friends?.text.split('\n\n')).toHaveLength(5);
  });

  it('suggests all nine built-in channels', async () => {
    const thread = (await load()).threads[0];
    expect(suggestChannelCodes(thread?.suggestedText ?? '', BUILT_IN_CODES)).toEqual(BUILT_IN_CODES);
  });
});

describe('disqus-export.xml, the shape of a Disqus export', () => {
  const load = () => importFixture('disqus-export.xml');

  it('reads the reply, leaves out the empty thread and names the posts whose thread is missing', async () => {
    const result = await load();
    expect(result.format).toBe('disqus');
    expect(result.threads.map((t) => t.title)).toEqual([
      'Svar på svar',
      'https://faltanteckningar.example/2019/07/utan-rubrik/',
    ]);
    const thread = threadTitled(result, 'Svar på svar');
    expect(thread.url).toBe('https://faltanteckningar.example/2019/06/svar-pa-svar/');
    expect(idsOf(thread)).toEqual(['9001', '9002', '9003']);
    expect(commentWithId(thread, '9002').parentExternalId).toBe('9001');
    expect(result.skipped).toEqual({ spam: 1, trash: 0, deleted: 1, note: 0, duplicate: 0, missingThread: 2 });
    expect(result.warnings).toEqual([
      'Skipped 2 comments whose Disqus thread is not in the file: post 9007 by “Föräldralös” (thread 4040); post 9008 by “Utan tråd” (thread none)',
    ]);
  });

  it('takes a signed-in commenter with the thread author’s e-mail for the author, but not an anonymous one', async () => {
    const thread = threadTitled(await load(), 'Svar på svar');
    expect(commentWithId(thread, '9001')).toMatchObject({ byAuthorSource: false, author: { name: 'Pelle' } });
    expect(commentWithId(thread, '9002')).toMatchObject({ byAuthorSource: true, author: { name: 'Maja' } });
    expect(commentWithId(thread, '9003')).toMatchObject({ byAuthorSource: false, author: { name: 'Inte Maja' } });
  });

  it('reads plain-text and HTML messages, and the dates', async () => {
    const thread = threadTitled(await load(), 'Svar på svar');
    expect(commentWithId(thread, '9001').html).toBe('<p>Hej, jag läser alltid dina inlägg.</p>');
    expect(commentWithId(thread, '9002').html).toBe('<p>Tack, <b>Pelle</b>!</p>');
    expect(commentWithId(thread, '9001').date).toBe('2019-06-03T09:15:00.000Z');
    expect(thread.publishedAt).toBe('2019-06-03T07:30:00.000Z');
  });

  it('names a thread without a title by its link, and a guest without a name by the username', async () => {
    const thread = threadTitled(await load(), 'https://faltanteckningar.example/2019/07/utan-rubrik/');
    expect(thread.author).toBeNull();
    expect(commentWithId(thread, '9006')).toMatchObject({
      author: { name: 'gast_utan_namn' },
      html: '<p>En rad<br />\noch en till.</p>\n<p>Ett nytt stycke.</p>',
    });
  });
});

describe('blogger-classic.xml (ns0:/ns1:/ns2: prefixes)', () => {
  const load = (names: string[] = []) => importFixture('blogger-classic.xml', { identities: { names, emails: [] } });
  const id = (n: number) => `tag:blogger.com,1999:blog-4242.post-${n}`;

  it('reads the post that has comments, whatever the prefixes, and none of the settings or template', async () => {
    const result = await load();
    expect(result.format).toBe('blogger');
    expect(result.threads).toHaveLength(1);
    expect(threadTitled(result, 'Kanaler inom företaget')).toMatchObject({
      sourceKey: id(100),
      url: 'https://karinskanaler.blogspot.com/2012/03/kanaler-inom-foretaget.html',
      slug: 'kanaler-inom-foretaget',
      publishedAt: '2012-03-20T08:00:00.000Z',
      categories: ['Kanaler', 'E2E'],
      postHtml: '<p>Hur pratar <b>anställda</b> med varandra? Om E2E och B2E.</p>',
    });
  });

  it('links comments by thr:in-reply-to, to the post or to a comment, and by the related link', async () => {
    const thread = threadTitled(await load(), 'Kanaler inom företaget');
    expect(thread.comments.map((c) => [c.externalId, c.parentExternalId, c.orphan])).toEqual([
      [id(5001), null, false],
      [id(5002), id(5001), false],
      [id(5003), id(5001), false],
      [id(5005), null, true],
      [id(5006), null, false],
    ]);
  });

  it('drops the removed comment, orphans the reply to it, and names the comment on a missing post', async () => {
    const result = await load();
    expect(result.skipped).toEqual({ spam: 0, trash: 0, deleted: 1, note: 0, duplicate: 0, missingThread: 1 });
    expect(result.warnings).toEqual([
      `Skipped 1 comment whose Blogger post is not in the file: comment ${id(5007)} by “Vilse” (post ${id(999)})`,
    ]);
  });

  it('reads HTML and plain-text content, drops Blogger’s placeholder e-mail and converts the dates to UTC', async () => {
    const thread = threadTitled(await load(), 'Kanaler inom företaget');
    expect(commentWithId(thread, id(5001))).toMatchObject({
      author: { name: 'Olle', url: 'https://www.blogger.com/profile/0999' },
      date: '2012-03-20T18:24:37.000Z',
      html: 'Bra skrivet!<br /><br />Vi använder ett internt nätverk.',
      text: 'Bra skrivet!\n\nVi använder ett internt nätverk.',
    });
    expect(commentWithId(thread, id(5001)).author.email).toBeUndefined();
    expect(commentWithId(thread, id(5003)).author.email).toBe('lisa@example.org');
    expect(commentWithId(thread, id(5006))).toMatchObject({
      html: '1 &lt; 2 &amp; 3 &gt; 2, och &lt;b&gt; är inte fetstil här.',
      text: '1 < 2 & 3 > 2, och <b> är inte fetstil här.',
    });
  });

  it('recognizes the post author by profile, and others through the identities from Settings', async () => {
    const own = (thread: { comments: { externalId: string; byAuthorSource: boolean }[] }) =>
      thread.comments.filter((c) => c.byAuthorSource).map((c) => c.externalId);
    expect(own(threadTitled(await load(), 'Kanaler inom företaget'))).toEqual([id(5002)]);
    expect(own(threadTitled(await load([' OLLE ']), 'Kanaler inom företaget'))).toEqual([id(5001), id(5002)]);
  });
});
