import { describe, expect, it } from 'vitest';
import { commentWithId, idsOf, importFixture, threadTitled } from './importFixture';

describe('Disqus comment rules (disqus-rules.xml)', () => {
  const load = () => importFixture('disqus-rules.xml');

  it('drops spam and deleted posts, and skips the one whose thread is missing', async () => {
    const result = await load();
    expect(result.skipped).toEqual({ spam: 1, trash: 0, deleted: 1, note: 0, duplicate: 0, missingThread: 1 });
    expect(result.warnings).toEqual([
      'Skipped 1 comment whose Disqus thread is not in the file: post 1008 by “Vilse” (thread 99)',
    ]);
    expect(result.threads.map((t) => t.title)).toEqual(['Regler']);
    expect(idsOf(threadTitled(result, 'Regler'))).toEqual(['1001', '1002', '1003', '1006', '1007']);
  });

  it('threads by <parent>, and orphans the reply to a deleted post', async () => {
    const thread = threadTitled(await load(), 'Regler');
    expect(commentWithId(thread, '1002').parentExternalId).toBe('1001');
    expect(commentWithId(thread, '1006')).toMatchObject({ parentExternalId: null, orphan: true });
  });

  it('knows the thread author by username, not by an anonymous guest’s e-mail', async () => {
    const thread = threadTitled(await load(), 'Regler');
    expect(commentWithId(thread, '1002').byAuthorSource).toBe(true);
    expect(commentWithId(thread, '1003').byAuthorSource).toBe(false);
    expect(commentWithId(thread, '1001').byAuthorSource).toBe(false);
  });

  it('keeps unapproved posts as pending, and the thread’s link and author', async () => {
    const thread = threadTitled(await load(), 'Regler');
    expect(commentWithId(thread, '1007').status).toBe('pending');
    expect(thread).toMatchObject({
      sourceKey: 'disqus-thread-10',
      url: 'https://kanal.example/2020/01/regler/',
      publishedAt: '2020-01-01T08:00:00.000Z',
      author: { name: 'Karin Skribent', username: 'karin', email: 'karin@kanal.example' },
    });
    expect(commentWithId(thread, '1001').fingerprint).toBe('disqus:disqus-thread-10#1001');
  });
});
