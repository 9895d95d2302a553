import { describe, expect, it } from 'vitest';
import { READER_LINK_REL as LINK_REL } from '../../../electron/core/shared/policy';
import { bytesOf, commentWithId, depthOf, idsOf, importBytes, importFixture, refusalOf } from './importFixture';

describe('a saved WordPress post page (saved-post-page.html)', () => {
  const load = async () => {
    const result = await importFixture('saved-post-page.html');
    const thread = result.threads[0];
    if (!thread) throw new Error('no thread');
    return { result, thread };
  };

  it('reads the post: title, canonical URL, language, date, content, terms', async () => {
    const { result, thread } = await load();
    expect(result.format).toBe('wp-html');
    expect(result.threads).toHaveLength(1);
    expect(thread).toMatchObject({
      title: 'Kanaler och dialog',
      url: 'https://kanalbloggen.example.se/2021/03/kanaler-och-dialog/',
      sourceKey: 'https://kanalbloggen.example.se/2021/03/kanaler-och-dialog/',
      lang: 'sv-SE',
      publishedAt: '2021-03-05T08:30:00.000Z',
      categories: ['Kommunikation', 'dialog'],
      author: { name: 'Karin Skribent' },
    });
    expect(thread.postHtml).toContain('<p>Företag pratar B2B och B2C, men kunderna pratar C2C.</p>');
    expect(thread.suggestedText).toContain('E2E/B2E/E2B');
  });

  it('reads nested ol.children as replies, with the comment-N ids', async () => {
    const { thread } = await load();
    expect(idsOf(thread)).toEqual(['11', '12', '13', '14', '15']);
    expect([depthOf(thread, '11'), depthOf(thread, '12'), depthOf(thread, '13'), depthOf(thread, '14')]).toEqual([
      1, 2, 3, 1,
    ]);
    expect(commentWithId(thread, '12').parentExternalId).toBe('11');
    expect(commentWithId(thread, '11').fingerprint).toBe(
      'wp-html:https://kanalbloggen.example.se/2021/03/kanaler-och-dialog/#11',
    );
  });

  it('takes authors, dates, moderation and bypostauthor from the markup', async () => {
    const { thread } = await load();
    expect(commentWithId(thread, '11')).toMatchObject({
      author: { name: 'Anna Andersson', url: 'https://anna.example.org/' },
      date: '2021-03-05T09:15:00.000Z',
      status: 'approved',
      byAuthorSource: false,
    });
    expect(commentWithId(thread, '12').byAuthorSource).toBe(true);
    expect(commentWithId(thread, '14')).toMatchObject({ status: 'pending', author: { name: 'Bertil Fet Bengtsson' } });
    expect(commentWithId(thread, '15')).toMatchObject({
      kind: 'pingback',
      author: { name: 'Kanaler hos grannen', url: 'https://annanblogg.example.com/kanaler/' },
    });
  });

  it('keeps what the commenter wrote and nothing of the theme or the attacker', async () => {
    const { thread } = await load();
    const first = commentWithId(thread, '11');
    expect(first.html).toBe(
      `<p>Väldigt bra &amp; tydligt! <a href="https://exempel.se/kanaler" rel="${LINK_REL}">Läs mer</a></p>\n          <p>Och mer text.</p>`,
    );
    expect(first.text).toBe('Väldigt bra & tydligt! Läs mer\n\nOch mer text.');
    expect(commentWithId(thread, '13').html).toBe('<p>Varsågod. relativ länk</p>');
    expect(commentWithId(thread, '15').text).toBe('Pingback: Kanaler hos grannen');
  });

  it('refuses a web page without a comment list', async () => {
    const refused = await refusalOf('page.html', bytesOf('<!DOCTYPE html><html><body><p>Hej</p></body></html>'));
    expect(refused.problem).toBe('it is a web page without a WordPress comment list (ol.comment-list)');
  });

  it('reads the older ol.commentlist markup, with the content inside .comment-body', async () => {
    const html = `<html><head><title>Gammalt tema</title></head><body><ol class="commentlist">
      <li class="comment" id="li-comment-7"><div id="comment-7" class="comment-body">
        <div class="comment-author vcard"><cite class="fn">Gunnar</cite> <span class="says">says:</span></div>
        <div class="comment-meta commentmetadata"><a href="#comment-7">May 1, 2009 at 8:00 am</a></div>
        <p>Gammal kommentar.</p>
        <div class="reply"><a href="#">Reply</a></div>
      </div></li></ol></body></html>`;
    const result = await importBytes('old.html', bytesOf(html));
    const thread = result.threads[0];
    expect(thread?.title).toBe('Gammalt tema');
    expect(thread?.comments.map((c) => [c.externalId, c.author.name, c.html])).toEqual([
      ['7', 'Gunnar', '<p>Gammal kommentar.</p>'],
    ]);
  });
});
