import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { OperationInput } from '../../../electron/core/api';
import { dispatch } from '../../../electron/core/dispatch';
import { openKanal } from '../../../electron/core/openKanal';
import { useTempKanal } from '../../helpers/useTempKanal';
import { importSamtal, type Samtal } from '../replies/samtal';

const ctx = useTempKanal();
const call = (name: string, input: unknown) => dispatch(ctx.kanal().handlers, name, input);
const queue = (input: OperationInput<'queue.list'> = {}) =>
  ctx.kanal().services.queue.list({ ...input, order: input.order ?? 'newest', offset: input.offset ?? 0 });

let samtal: Samtal;
const externalIds = async (input: Parameters<typeof queue>[0] = {}) => {
  const ids = new Map<string, string>();
  for (const id of ['201', '202', '203', '204', '205', '206', '207', '301', '302'])
    ids.set(samtal.comment(id).commentId, id);
  return (await queue(input)).items.map((item) => ids.get(item.commentId));
};

beforeEach(async () => {
  samtal = await importSamtal(ctx.kanal());
});

describe('the reply queue', () => {
  it('lists every comment waiting for an answer across threads, newest first or oldest first, with the total', async () => {
    expect(await externalIds()).toEqual(['302', '207', '204', '203', '301']);
    expect(await externalIds({ order: 'oldest' })).toEqual(['301', '203', '204', '207', '302']);
    const result = await queue();
    expect(result).toMatchObject({ matching: 5, total: 5, unreadableThreads: [] });
  });

  it('shows each comment with its post, author, date and text, and for an answer a short quote of what it answers', async () => {
    const { items } = await queue();
    const cecilia = items.find((i) => i.commentId === samtal.comment('204').commentId);
    const { threadId, postId } = samtal.thread('Varumärken i Östersund');
    expect(cecilia).toMatchObject({
      threadId,
      postId,
      postTitle: 'Varumärken i Östersund',
      author: { name: 'Cecilia', url: null },
      date: '2024-03-03T08:00:00.000Z',
      html: '<p>Håller med Bengt om relationerna.</p>',
      text: 'Håller med Bengt om relationerna.',
      draftReplyId: null,
      byAuthorOverride: null,
    });
    const quote = cecilia?.inReplyTo?.quote ?? '';
    expect(cecilia?.inReplyTo).toMatchObject({ commentId: samtal.comment('203').commentId, author: { name: 'Bengt' } });
    expect(quote.length).toBeLessThanOrEqual(140);
    expect(quote).toMatch(/^Inom B2B är det annorlunda: .*[a-zåäö]…$/);
    expect(
      'Inom B2B är det annorlunda: där byggs förtroendet i långa relationer mellan inköpare och säljare, och ett varumärke betyder mindre än den person man faktiskt talar med varje vecka.',
    ).toContain(`${quote.slice(0, -1)} `);
    expect(items.find((i) => i.commentId === samtal.comment('302').commentId)?.inReplyTo).toBeNull();
  });

  it('filters by thread, post and channel, while the total still counts everything', async () => {
    const kanaler = samtal.thread('Kanaler för konsumenter');
    expect(await externalIds({ threadId: kanaler.threadId })).toEqual(['302', '301']);
    expect(await externalIds({ postId: samtal.thread('Varumärken i Östersund').postId })).toEqual([
      '207',
      '204',
      '203',
    ]);
    await ctx.kanal().services.posts.save({ id: kanaler.postId, channels: ['c2c'] });
    await ctx.kanal().services.posts.save({ id: samtal.thread('Varumärken i Östersund').postId, channels: ['b2c'] });
    expect(await externalIds({ channelId: 'c2c' })).toEqual(['302', '301']);
    expect(await externalIds({ channelId: 'b2c' })).toEqual(['207', '204', '203']);
    expect(await externalIds({ channelId: 'e2e' })).toEqual([]);
    expect((await queue({ channelId: 'e2e' })).total).toBe(5);
    for (const filter of [{ threadId: 'nope' }, { postId: 'nope' }, { channelId: 'nope' }]) {
      expect(await call('queue.list', filter)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    }
  });

  it('pages with offset and limit', async () => {
    const page = await queue({ offset: 1, limit: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.matching).toBe(5);
    expect(await externalIds({ offset: 1, limit: 2 })).toEqual(['207', '204']);
  });

  it('follows replies, marks and who the author is', async () => {
    const { replies, threads } = ctx.kanal().services;
    const david = samtal.comment('207');
    const draft = await replies.save({
      ...david,
      doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Snart' }] }] },
    });
    expect((await queue()).items.find((i) => i.commentId === david.commentId)?.draftReplyId).toBe(draft.id);
    await replies.finish({ threadId: david.threadId, id: draft.id });
    await threads.markNoReply({ ...samtal.comment('301'), noReplyNeeded: true });
    expect(await externalIds()).toEqual(['302', '204', '203']);
    expect((await queue()).total).toBe(3);
    // Settings name the author: Åsa's comment becomes the author's own.
    expect(await call('settings.save', { authorNames: ['Åsa Ørsted'] })).toMatchObject({ ok: true });
    expect(await externalIds()).toEqual(['204', '203']);
    expect((await queue()).total).toBe(2);
    await replies.delete({ threadId: david.threadId, id: draft.id });
    expect(await externalIds()).toEqual(['207', '204', '203']);
  });
});

describe('a thread whose file cannot be read', () => {
  it('leaves the rest of the queue and of search working, and is named', async () => {
    const { library } = ctx.kanal();
    const kanaler = samtal.thread('Kanaler för konsumenter');
    const thread = library.data.threads.find((t) => t.id === kanaler.threadId);
    writeFileSync(join(library.threadsFolder, `${kanaler.threadId}.${thread?.rev ?? 0}.json`), '{"broken": ');
    // What was read before stays in memory; a fresh process reads the damaged file.
    await ctx.kanal().close();
    const again = await openKanal(ctx.temp().dataFile, { readOnly: true });
    const result = await again.services.queue.list({ order: 'newest', offset: 0 });
    expect(result.unreadableThreads).toEqual([kanaler.threadId]);
    expect(result.items.map((i) => i.threadId)).toEqual(
      Array(3).fill(samtal.thread('Varumärken i Östersund').threadId),
    );
    expect((await again.services.search.query({ query: 'ostersund', limit: 20 })).counts.comment).toBe(1);
    await again.close();
  });

  it('does not change the count of comments waiting, which comes from the library index without reading a thread', async () => {
    const { library } = ctx.kanal();
    for (const thread of library.data.threads)
      writeFileSync(join(library.threadsFolder, `${thread.id}.${thread.rev}.json`), '{"broken": ');
    await ctx.kanal().close();
    const again = await openKanal(ctx.temp().dataFile, { readOnly: true });
    expect(await dispatch(again.handlers, 'queue.count', {})).toEqual({ ok: true, value: { total: 5 } });
    expect((await again.services.queue.list({ order: 'newest', offset: 0 })).items).toEqual([]);
    await again.close();
  });
});
