import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { openKanal } from '../../../electron/core/openKanal';
import type { Doc } from '../../../electron/core/shared/schema';
import { useTempKanal } from '../../helpers/useTempKanal';
import { importSamtal, type Samtal } from './samtal';

const ctx = useTempKanal();
const call = (name: string, input: unknown) => dispatch(ctx.kanal().handlers, name, input);
const doc = (text: string): Doc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const waiting = async (threadId: string) =>
  (await ctx.kanal().services.threads.get({ id: threadId })).comments
    .filter((c) => c.needsReply)
    .map((c) => c.externalId);
const count = (threadId: string) =>
  ctx
    .kanal()
    .services.threads.list()
    .find((t) => t.id === threadId)?.needsReply;

let samtal: Samtal;
beforeEach(async () => {
  samtal = await importSamtal(ctx.kanal());
});

describe('replies to comments', () => {
  it('a draft does not answer a comment; finishing it does, and the thread count follows', async () => {
    const { replies } = ctx.kanal().services;
    const bengt = samtal.comment('203');
    expect(await waiting(bengt.threadId)).toEqual(['203', '204', '207']);
    const draft = await replies.save({ ...bengt, doc: doc('Bra poäng om B2B.') });
    expect(draft).toMatchObject({
      status: 'draft',
      text: 'Bra poäng om B2B.',
      html: '<p>Bra poäng om B2B.</p>',
      finishedAt: null,
    });
    expect(await waiting(bengt.threadId)).toEqual(['203', '204', '207']);
    const done = await replies.finish({ threadId: bengt.threadId, id: draft.id });
    expect(done.status).toBe('done');
    expect(done.finishedAt).not.toBeNull();
    expect(await waiting(bengt.threadId)).toEqual(['204', '207']);
    expect(count(bengt.threadId)).toBe(2);
  });

  it('autosave keeps one draft per comment and rewrites only that thread’s file, not the root', async () => {
    const { replies } = ctx.kanal().services;
    const bengt = samtal.comment('203');
    const first = await replies.save({ ...bengt, doc: doc('Första') });
    const root = readFileSync(ctx.temp().dataFile, 'utf8');
    const rootWritten = statSync(ctx.temp().dataFile).mtimeMs;
    const folder = join(ctx.temp().folder, 'kanal.threads');
    const files = readdirSync(folder).sort();
    const second = await replies.save({ ...bengt, doc: doc('Andra versionen') });
    expect(second.id).toBe(first.id);
    expect(readFileSync(ctx.temp().dataFile, 'utf8')).toBe(root);
    expect(statSync(ctx.temp().dataFile).mtimeMs).toBe(rootWritten);
    expect(readdirSync(folder).sort()).toEqual(files);
    const stored = files.map((f) => readFileSync(join(folder, f), 'utf8')).join('\n');
    expect(stored).toContain('Andra versionen');
    expect(stored).not.toContain('Första');
    expect(await replies.list({ threadId: bengt.threadId })).toHaveLength(1);
  });

  it('survive a reopen of the library with their dates', async () => {
    const bengt = samtal.comment('203');
    const draft = await ctx.kanal().services.replies.save({ ...bengt, doc: doc('Sparat') });
    await ctx.kanal().services.replies.finish({ threadId: bengt.threadId, id: draft.id });
    await ctx.kanal().close();
    const again = await openKanal(ctx.temp().dataFile, { readOnly: true });
    const view = await again.services.threads.get({ id: bengt.threadId });
    expect(view.replies).toEqual([
      expect.objectContaining({
        id: draft.id,
        commentId: bengt.commentId,
        status: 'done',
        text: 'Sparat',
        createdAt: draft.createdAt,
      }),
    ]);
    expect(view.replies[0]?.finishedAt).toEqual(expect.any(String));
    expect(view.comments.find((c) => c.externalId === '203')?.needsReply).toBe(false);
    await again.close();
  });

  it('an empty reply cannot be finished, nor created', async () => {
    const bengt = samtal.comment('203');
    const draft = await ctx
      .kanal()
      .services.replies.save({ ...bengt, doc: { type: 'doc', content: [{ type: 'paragraph' }] } });
    expect(await call('replies.finish', { threadId: bengt.threadId, id: draft.id })).toMatchObject({
      ok: false,
      error: { code: 'empty-reply' },
    });
    expect(await call('replies.create', { ...bengt, text: '  \n\n ', done: true })).toMatchObject({
      ok: false,
      error: { code: 'empty-reply' },
    });
    expect(await call('replies.create', { ...bengt, html: '<p><script>x</script></p>', done: true })).toMatchObject({
      ok: false,
      error: { code: 'empty-reply' },
    });
    expect(await waiting(bengt.threadId)).toContain('203');
  });

  it('reopening makes a finished reply a draft again, so the comment waits again; a second draft is refused', async () => {
    const { replies } = ctx.kanal().services;
    const bengt = samtal.comment('203');
    const done = await replies.create({ ...bengt, text: 'Tack Bengt!', done: true });
    expect(await waiting(bengt.threadId)).not.toContain('203');
    await replies.save({ ...bengt, doc: doc('Och en sak till') });
    expect(await call('replies.reopen', { threadId: bengt.threadId, id: done.id })).toMatchObject({
      ok: false,
      error: { code: 'draft-exists' },
    });
    const other = (await replies.list({ threadId: bengt.threadId })).find((r) => r.status === 'draft');
    await replies.delete({ threadId: bengt.threadId, id: other?.id ?? '' });
    const reopened = await replies.reopen({ threadId: bengt.threadId, id: done.id });
    expect(reopened).toMatchObject({ status: 'draft', finishedAt: null, text: 'Tack Bengt!' });
    expect(await waiting(bengt.threadId)).toContain('203');
    expect(count(bengt.threadId)).toBe(3);
  });

  it('delete and Undo: a deleted finished reply stops answering, a restored one answers again', async () => {
    const { replies } = ctx.kanal().services;
    const bengt = samtal.comment('203');
    const done = await replies.create({ ...bengt, text: 'Svar', done: true });
    await replies.delete({ threadId: bengt.threadId, id: done.id });
    expect(await replies.list({ threadId: bengt.threadId })).toEqual([]);
    expect(await waiting(bengt.threadId)).toContain('203');
    expect(await call('replies.finish', { threadId: bengt.threadId, id: done.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    const restored = await replies.restore({ threadId: bengt.threadId, id: done.id });
    expect(restored).toMatchObject({ id: done.id, status: 'done', text: 'Svar' });
    expect(await waiting(bengt.threadId)).not.toContain('203');
    expect(await call('replies.restore', { threadId: bengt.threadId, id: done.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('a reader answering a reader needs its own reply; answering the parent does not answer it', async () => {
    const { replies } = ctx.kanal().services;
    const bengt = samtal.comment('203');
    const cecilia = samtal.comment('204');
    await replies.create({ ...bengt, text: 'Tack!', done: true });
    expect(await waiting(bengt.threadId)).toEqual(['204', '207']);
    await replies.create({ ...cecilia, text: 'Tack du med!', done: true });
    expect(await waiting(bengt.threadId)).toEqual(['207']);
  });

  it('a follow-up names one of the author’s finished replies to the same comment', async () => {
    const { replies } = ctx.kanal().services;
    const bengt = samtal.comment('203');
    const first = await replies.create({ ...bengt, text: 'Svar', done: true });
    const followUp = await replies.create({ ...bengt, text: 'PS: en länk till', done: true, parentReplyId: first.id });
    expect(followUp.parentReplyId).toBe(first.id);
    const draft = await replies.save({ ...bengt, doc: doc('Utkast') });
    expect(await call('replies.save', { ...bengt, doc: doc('x'), parentReplyId: draft.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    const cecilia = samtal.comment('204');
    expect(await call('replies.create', { ...cecilia, text: 'x', parentReplyId: first.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('unknown threads, comments and replies are not found, and nothing is written', async () => {
    const bengt = samtal.comment('203');
    const root = readFileSync(ctx.temp().dataFile, 'utf8');
    for (const [name, input] of [
      ['replies.save', { threadId: 'nope', commentId: bengt.commentId, doc: doc('x') }],
      ['replies.save', { threadId: bengt.threadId, commentId: 'nope', doc: doc('x') }],
      ['replies.create', { threadId: bengt.threadId, commentId: 'nope', text: 'x' }],
      ['replies.finish', { threadId: bengt.threadId, id: 'nope' }],
      ['replies.delete', { threadId: bengt.threadId, id: 'nope' }],
      ['replies.list', { threadId: 'nope' }],
      ['threads.markNoReply', { threadId: bengt.threadId, commentId: 'nope', noReplyNeeded: true }],
    ] as const) {
      expect(await call(name, input)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    }
    expect(readFileSync(ctx.temp().dataFile, 'utf8')).toBe(root);
  });

  it('text becomes paragraphs and line breaks; HTML goes through the import sanitizer', async () => {
    const { replies } = ctx.kanal().services;
    const bengt = samtal.comment('203');
    const fromText = await replies.create({ ...bengt, text: 'Hej Bengt,\nbra sagt.\n\n<b>Tack</b>', done: true });
    expect(fromText.html).toBe('<p>Hej Bengt,<br>bra sagt.</p><p>&lt;b&gt;Tack&lt;/b&gt;</p>');
    const fromHtml = await replies.create({
      ...bengt,
      done: false,
      html: '<p onclick="x()">Se <a href="javascript:alert(1)">här</a> och <a href="https://kanal.example/">där</a></p><script>alert(1)</script><iframe src="https://evil.example"></iframe>',
    });
    expect(fromHtml.status).toBe('draft');
    expect(fromHtml.html).not.toMatch(/javascript:|onclick|script|iframe/);
    expect(fromHtml.html).toContain('href="https://kanal.example/"');
    expect(fromHtml.text).toBe('Se här och där');
    expect(await call('replies.create', { ...bengt, text: 'a', html: '<p>b</p>' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('a saved doc keeps only http, https and mailto links, and one the editor cannot hold is refused', async () => {
    const bengt = samtal.comment('203');
    const link = (href: string) => ({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] });
    const saved = await call('replies.save', {
      ...bengt,
      doc: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [link('javascript:alert(1)'), { type: 'text', text: ' ' }, link('mailto:karin@kanal.example')],
          },
        ],
      },
    });
    expect(saved.ok).toBe(true);
    expect(JSON.stringify(saved)).not.toContain('href="javascript');
    expect(JSON.stringify(saved)).toContain('href=\\"mailto:karin@kanal.example\\"');
    const refused = await call('replies.save', { ...bengt, doc: { type: 'doc', content: [{ type: 'iframe' }] } });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('The reply') },
    });
  });
});

describe('"no reply needed" marks', () => {
  it('take a comment out of the waiting ones and back again (Undo), and the thread count follows', async () => {
    const { threads } = ctx.kanal().services;
    const bengt = samtal.comment('203');
    const marked = await threads.markNoReply({ ...bengt, noReplyNeeded: true });
    expect(marked).toMatchObject({ noReplyNeeded: true, needsReply: false });
    expect(await waiting(bengt.threadId)).toEqual(['204', '207']);
    expect(count(bengt.threadId)).toBe(2);
    const undone = await threads.markNoReply({ ...bengt, noReplyNeeded: false });
    expect(undone).toMatchObject({ noReplyNeeded: false, needsReply: true });
    expect(count(bengt.threadId)).toBe(3);
  });

  it('never make the author’s own comments or pingbacks need a reply, and clearing one keeps a finished reply answering', async () => {
    const { threads, replies } = ctx.kanal().services;
    for (const externalId of ['206', '205']) {
      const c = samtal.comment(externalId);
      expect(await threads.markNoReply({ ...c, noReplyNeeded: true })).toMatchObject({
        needsReply: false,
        noReplyNeeded: true,
      });
      expect(await threads.markNoReply({ ...c, noReplyNeeded: false })).toMatchObject({
        needsReply: false,
        noReplyNeeded: false,
      });
    }
    const anna = samtal.comment('201');
    expect(await threads.markNoReply({ ...anna, noReplyNeeded: false })).toMatchObject({ needsReply: false });
    const david = samtal.comment('207');
    await replies.create({ ...david, text: 'Snart!', done: true });
    await threads.markNoReply({ ...david, noReplyNeeded: true });
    expect(await threads.markNoReply({ ...david, noReplyNeeded: false })).toMatchObject({ needsReply: false });
  });

  it('are kept when the same export is imported again', async () => {
    const bengt = samtal.comment('203');
    await ctx.kanal().services.threads.markNoReply({ ...bengt, noReplyNeeded: true });
    await importSamtal(ctx.kanal());
    const view = await ctx.kanal().services.threads.get({ id: bengt.threadId });
    expect(view.comments.find((c) => c.id === bengt.commentId)).toMatchObject({
      noReplyNeeded: true,
      needsReply: false,
    });
  });
});
