import { describe, expect, it } from 'vitest';
import { commentWithId, idsOf, importFixture, threadTitled } from './importFixture';

describe('Blogger Google Takeout feed (takeout-feed.atom)', () => {
  const load = () => importFixture('takeout-feed.atom');

  it('is detected as Blogger and gives the post and the page that have comments', async () => {
    const result = await load();
    expect(result.format).toBe('blogger');
    expect(result.threads.map((t) => [t.title, t.comments.length])).toEqual([
      ['Kanaler i sociala medier', 4],
      ['Om bloggen', 1],
    ]);
  });

  it('maps blogger:status and skips the comment on a post that is not in the feed', async () => {
    const result = await load();
    expect(result.skipped).toEqual({ spam: 1, trash: 1, deleted: 0, note: 0, duplicate: 0, missingThread: 1 });
    expect(result.warnings[0]).toContain('comment tag:blogger.com,1999:blog-7001.post-501 by “Vilse”');
    const thread = threadTitled(result, 'Kanaler i sociala medier');
    const id = (n: number) => `tag:blogger.com,1999:blog-7001.post-${n}`;
    expect(idsOf(thread)).toEqual([id(201), id(202), id(203), id(206)]);
    expect(commentWithId(thread, id(203)).status).toBe('pending');
  });

  it('threads by blogger:inReplyTo and orphans the reply to a trashed comment', async () => {
    const thread = threadTitled(await load(), 'Kanaler i sociala medier');
    const id = (n: number) => `tag:blogger.com,1999:blog-7001.post-${n}`;
    expect(commentWithId(thread, id(202)).parentExternalId).toBe(id(201));
    expect(commentWithId(thread, id(206))).toMatchObject({ parentExternalId: null, orphan: true });
  });

  it('knows the post author by profile, and sanitizes anonymous readers', async () => {
    const thread = threadTitled(await load(), 'Kanaler i sociala medier');
    const id = (n: number) => `tag:blogger.com,1999:blog-7001.post-${n}`;
    expect(commentWithId(thread, id(202)).byAuthorSource).toBe(true);
    const reader = commentWithId(thread, id(201));
    expect(reader).toMatchObject({
      byAuthorSource: false,
      author: { name: 'Olle Läsare', url: 'https://olle.example.org/' },
    });
    expect(reader.html).toBe('Bra inlägg! klicka');
  });

  it('describes the post from the Takeout fields', async () => {
    const result = await load();
    expect(threadTitled(result, 'Kanaler i sociala medier')).toMatchObject({
      sourceKey: 'tag:blogger.com,1999:blog-7001.post-100',
      url: 'https://kanalbloggen.blogspot.com/2021/03/kanaler-i-sociala-medier.html',
      slug: 'kanaler-i-sociala-medier',
      publishedAt: '2021-03-01T10:00:00.000Z',
      categories: ['Kommunikation', 'Sociala medier'],
      postHtml: '<p>Om B2B, B2C och C2C.</p>',
    });
    expect(threadTitled(result, 'Om bloggen')).toMatchObject({ url: null, slug: 'om-bloggen' });
  });
});
