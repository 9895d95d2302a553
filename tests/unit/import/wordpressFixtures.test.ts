import { describe, expect, it } from 'vitest';
import { READER_LINK_REL as LINK_REL } from '../../../electron/core/shared/policy';
import {
  commentWithId,
  depthOf,
  idsOf,
  importFixture,
  readFixture,
  refusalOf,
  threadTitled,
  totalComments,
} from './importFixture';

const NONE_SKIPPED = { spam: 0, trash: 0, deleted: 0, note: 0, duplicate: 0, missingThread: 0 };

describe('wxr-threads.xml, a blog with long threads', () => {
  const load = () => importFixture('wxr-threads.xml');

  it('has every comment of the posts and the page that carry them, and drops nothing', async () => {
    const result = await load();
    expect(result.format).toBe('wxr');
    expect(result.skipped).toEqual(NONE_SKIPPED);
    expect(result.threads.map((t) => [t.title, t.comments.length])).toEqual([
      ['Threads, ten levels deep', 18],
      ['About these notes', 3],
      ['Linkbacks', 6],
      ['Edge case: no content', 1],
    ]);
    expect(totalComments(result)).toBe(28);
  });

  it('skips the item without a post type, as WordPress refuses it, and says so', async () => {
    expect((await load()).warnings).toEqual([
      'Skipped 1 item that is not a post or page, as WordPress does: “A draft without a post type” (no post type, 2 comments)',
    ]);
  });

  it('keeps the ten-level reply chain', async () => {
    const thread = threadTitled(await load(), 'Threads, ten levels deep');
    const chain = ['510', '511', '512', '513', '514', '515', '516', '517', '518', '519'];
    expect(chain.map((id) => depthOf(thread, id))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(commentWithId(thread, '519').text).toBe('Level 10 of the chain');
    expect(thread.comments.some((c) => c.orphan)).toBe(false);
  });

  it('marks pending comments, also a pending reply on a page', async () => {
    const result = await load();
    expect(commentWithId(threadTitled(result, 'About these notes'), '602')).toMatchObject({
      status: 'pending',
      parentExternalId: '601',
    });
    const pending = result.threads.flatMap((t) => t.comments).filter((c) => c.status === 'pending');
    expect(pending.map((c) => c.externalId)).toEqual(['502', '602']);
  });

  it('keeps trackbacks, pingbacks and webmentions as linkbacks, with their names decoded', async () => {
    const thread = threadTitled(await load(), 'Linkbacks');
    expect(thread.comments.map((c) => [c.externalId, c.kind])).toEqual([
      ['701', 'trackback'],
      ['702', 'trackback'],
      ['703', 'pingback'],
      ['704', 'pingback'],
      ['705', 'comment'],
      ['706', 'comment'],
    ]);
    expect(commentWithId(thread, '701').author).toEqual({
      name: 'Trackback one « The Neighbour’s Log',
      url: 'http://neighbour.example/2019/06/07/trackback-one/',
    });
    expect(commentWithId(thread, '702').author.name).toBe(
      'Trackback two: a much longer title about threads, channels & the people who read them',
    );
    expect(commentWithId(thread, '703').author.name).toBe('Ping three » Elsewhere');
    expect(commentWithId(thread, '701').text).toBe('Trackback one […] as Teo writes on his blog […]');
  });

  it('keeps non-Latin names as they are, with their spacing tidied', async () => {
    const thread = threadTitled(await load(), 'Threads, ten levels deep');
    expect(commentWithId(thread, '504').author.name).toBe('Γιώργος Παπαδόπουλος');
    expect(commentWithId(thread, '505').author.name).toBe('Анна Кузнецова');
    expect(commentWithId(thread, '506').author.name).toBe('山田 花子');
    expect(commentWithId(thread, '506').text).toBe('東京からこんにちは。');
  });

  it('recognizes the post author by e-mail in any case, and not the blog’s other author', async () => {
    const result = await load();
    const own = (title: string) =>
      threadTitled(result, title)
        .comments.filter((c) => c.byAuthorSource)
        .map((c) => c.externalId);
    expect(own('Threads, ten levels deep')).toEqual(['507', '511', '514', '518']);
    expect(own('About these notes')).toEqual(['603']);
    // Maja commenting on Teo's post is a reader there, as Teo is on hers.
    expect(own('Linkbacks')).toEqual([]);
    expect(commentWithId(threadTitled(result, 'Threads, ten levels deep'), '503').byAuthorSource).toBe(false);
  });

  it('reads GMT dates as UTC, whatever the local date says', async () => {
    const thread = threadTitled(await load(), 'Threads, ten levels deep');
    expect(commentWithId(thread, '501').date).toBe('2019-06-03T09:00:00.000Z');
    expect(commentWithId(thread, '508').date).toBe('2019-06-05T12:00:00.000Z');
  });

  it('cuts the markup-heavy comment down to the allow-list and keeps its words', async () => {
    const comment = commentWithId(threadTitled(await load(), 'Threads, ten levels deep'), '501');
    expect(comment.html).not.toMatch(/<(h\d|table|img|dl|hr|address|ins|u|sup|sub|abbr|small|mark|kbd)\b/);
    for (const kept of [
      '<blockquote>',
      '<pre>',
      '<ul>',
      '<ol>',
      '<strong>',
      '<em>',
      '<del>',
      '<s>',
      '<code>',
      '<q>',
      '<cite>',
    ]) {
      expect(comment.html).toContain(kept);
    }
    expect(comment.html).toContain(`<a href="https://fieldnotes.example/" rel="${LINK_REL}">a link home</a>`);
    expect(comment.html).toContain('<pre>preformatted text\n  keeps its spaces</pre>');
    expect(comment.text).toMatch(/^A heading, level one\n\nLevel two\n\n/);
    expect(comment.text).toContain('Somewhere, Sweden');
  });

  it('describes the post: link, slug, language, categories and tags once each, author, date', async () => {
    const thread = threadTitled(await load(), 'Threads, ten levels deep');
    expect(thread).toMatchObject({
      sourceKey: 'https://fieldnotes.example/?p=20',
      url: 'https://fieldnotes.example/2019/06/threads-ten-levels-deep/',
      slug: 'threads-ten-levels-deep',
      lang: 'en-GB',
      categories: ['Writing', 'threads', 'comments'],
      publishedAt: '2019-06-03T07:30:00.000Z',
      author: { name: 'Maja Lind', username: 'maja', userId: '1', email: 'maja@fieldnotes.example' },
    });
    expect(thread.suggestedText).toMatch(/^Threads, ten levels deep\n\nHow deep can a conversation go/);
  });

  it('takes a post without content for its title alone', async () => {
    const thread = threadTitled(await load(), 'Edge case: no content');
    expect(thread.suggestedText).toBe('Edge case: no content');
    expect(idsOf(thread)).toEqual(['901']);
  });
});

describe('WXR 1.0 and 1.1', () => {
  it('wxr-1.0.xml: a comment without e-mail, and a post author known only by login', async () => {
    const result = await importFixture('wxr-1.0.xml');
    const thread = threadTitled(result, 'Första inlägget');
    expect(result.threads).toHaveLength(1);
    expect(thread.comments.map((c) => [c.externalId, c.author, c.byAuthorSource, c.date])).toEqual([
      ['1', { name: 'Sven Svensson', url: 'http://sven.example/' }, false, '2008-03-01T11:30:00.000Z'],
    ]);
    expect(thread).toMatchObject({ author: { name: 'admin', username: 'admin' }, lang: 'sv', categories: ['Allmänt'] });
  });

  it('wxr-1.1.xml: the author list names the post author, whose reply is known by user id', async () => {
    const thread = threadTitled(await importFixture('wxr-1.1.xml'), 'Hej världen!');
    expect(thread.author).toEqual({
      name: 'Lena Holm',
      username: 'lena',
      userId: '3',
      email: 'lena@kanalbloggen.example',
    });
    expect(commentWithId(thread, '1')).toMatchObject({
      author: { name: 'Herr WordPress', url: 'http://wordpress.example/' },
      byAuthorSource: false,
    });
    expect(commentWithId(thread, '1').html).toBe(
      '<p>Hej, det här är en kommentar.<br />\nDu kan ta bort den när du vill.</p>',
    );
    expect(commentWithId(thread, '2')).toMatchObject({ parentExternalId: '1', byAuthorSource: true });
  });
});

describe('wxr-cdata-edge.xml, CDATA and character data at their edges', () => {
  const load = async () => threadTitled(await importFixture('wxr-cdata-edge.xml'), 'CDATA & friends: edge cases');
  const textOf = async (id: string) => commentWithId(await load(), id).text;

  it('joins "]]>" split over two sections, in comments and in the post', async () => {
    expect(await textOf('1')).toBe('Code: if (a[b[0]]> c) return;');
    expect((await load()).postHtml).toBe('<p>A post body that ends with ]]> and goes on.</p>');
  });

  it('reads escaped markup as markup, and escaped-twice markup as text', async () => {
    const comment = commentWithId(await load(), '2');
    expect(comment.author.name).toBe('Escaped & named');
    expect(comment.html).toBe('<p>Escaped &lt;b&gt; stays text, <strong>this</strong> is markup.</p>');
    expect(comment.text).toBe('Escaped <b> stays text, this is markup.');
  });

  it('joins text and CDATA in one element', async () => {
    expect(commentWithId(await load(), '3').html).toBe('<p>Before <em>inside</em> after &amp; again.</p>');
  });

  it('keeps brackets that end no section, and a bare "]]>" in character data, as WordPress does', async () => {
    expect(await textOf('4')).toBe('Brackets [[like this]] and ]] alone, and ]> too.');
    expect(await textOf('5')).toBe('A bare ]]> in character data.');
  });

  it('keeps backslashes, tidies a name spread over lines, and reads CRLF line ends as line breaks', async () => {
    const thread = await load();
    expect(commentWithId(thread, '6').author.name).toBe('Lisa Larsson');
    expect(commentWithId(thread, '6').text).toBe(
      '\\o/ C:\\Users\\kanal and \\\\server\\share, \\"quoted\\" and \\\'single\\\'.',
    );
    expect(commentWithId(thread, '7').html).toBe('<p>line one<br />\nline two</p>\n<p>paragraph two</p>');
  });

  it('reads the comment, not its meta, and keeps an empty comment empty', async () => {
    const thread = await load();
    expect(commentWithId(thread, '8')).toMatchObject({
      text: 'A comment with meta.',
      author: { name: 'Meta', email: 'meta@kantfall.example' },
    });
    expect(commentWithId(thread, '9')).toMatchObject({ html: '', text: '' });
    expect(idsOf(thread)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });
});

describe('wxr-utf8.xml, UTF-8 in titles, names and comments', () => {
  const load = async () => (await importFixture('wxr-utf8.xml')).threads[0];

  it('keeps Swedish letters and decodes references and entities', async () => {
    const thread = await load();
    expect(thread?.title).toBe('Ärlig återkoppling & öppna frågor – ÅÄÖ åäö');
    expect(thread?.comments.map((c) => c.author.name).slice(0, 2)).toEqual(['Åsa Öhman', 'Åke Öst']);
    expect(thread?.comments[0]?.text).toBe('Räksmörgås! Här är å, ä och ö – och Å, Ä och Ö.');
    expect(thread?.comments[1]?.text).toBe('Tack för inlägget & länken.');
  });

  it('keeps combining marks, emoji, right-to-left text and invisible characters as written', async () => {
    const comments = (await load())?.comments ?? [];
    expect(comments.slice(2).map((c) => [c.author.name, c.text])).toEqual([
      ['Z\u0335\u0321a\u0334\u0322l\u0336g\u0337o\u0338 Läsare', 'Zalgo h\u0334\u0322ä\u0336lsar.'],
      ['Emma 👩🏽‍💻', 'Tummen upp 👍🏼, en flagga 🇸🇪 och en raket 🚀.'],
      ['مريم الحسيني', '\u200fשלום! مرحبا, and hello.'],
      // A no-break space in a name is a space; a zero-width one is kept.
      ['Zero\u200bWidth Name', 'Osynliga tecken:\u200b\u200d\u2060 här.'],
      ['Jose\u0301 Andre\u0301', 'Kombinerat e\u0301 och färdigt \u00e9, och 𠜎𠜱 utanför BMP.'],
    ]);
  });
});

describe('wxr-namespaces.xml, read by namespace and not by prefix', () => {
  const load = () => importFixture('wxr-namespaces.xml');

  it('finds WordPress under any prefix, declared anywhere, over http or https, 1.1 or 1.2', async () => {
    const result = await load();
    expect(result.threads.map((t) => [t.title, idsOf(t)])).toEqual([
      ['Prefixes are only names', ['11', '13']],
      ['Declared on the item, over https', ['21', '22']],
      ['WXR 1.1 inside a 1.2 file', ['31']],
    ]);
    expect(commentWithId(threadTitled(result, 'Declared on the item, over https'), '22').parentExternalId).toBe('21');
    expect(commentWithId(threadTitled(result, 'WXR 1.1 inside a 1.2 file'), '31').status).toBe('pending');
  });

  it('ignores look-alike elements of other namespaces', async () => {
    const thread = threadTitled(await load(), 'Prefixes are only names');
    expect(commentWithId(thread, '11').text).toBe('I am a WordPress comment.');
    expect(thread.postHtml).toBe('<p>The post body, in the content namespace.</p>');
    expect(thread.author).toMatchObject({ name: 'Eva Prefix', userId: '5' });
    expect(commentWithId(thread, '13').byAuthorSource).toBe(true);
  });
});

describe('wxr-no-comments.xml', () => {
  it('is read, and says it has no comments to import', async () => {
    const result = await importFixture('wxr-no-comments.xml');
    expect(result.format).toBe('wxr');
    expect(result.threads).toEqual([]);
    expect(result.warnings).toEqual(['“wxr-no-comments.xml” has no comments to import.']);
  });
});

describe('malformed WordPress files', () => {
  it('refuses a wrongly closed element with the line and column of the parser', async () => {
    const refused = await refusalOf('wxr-malformed.xml', readFixture('wxr-malformed.xml'));
    expect(refused.problem).toBe('it is not well-formed XML (line 27, column 26: unexpected close tag)');
  });

  it('refuses an export cut off mid-item', async () => {
    const refused = await refusalOf('wxr-unclosed-item.xml', readFixture('wxr-unclosed-item.xml'));
    expect(refused.problem).toBe('it is not well-formed XML (line 31, column 1: unclosed tag: item)');
  });
});
