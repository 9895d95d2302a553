import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { useTempKanal } from '../../helpers/useTempKanal';

const ctx = useTempKanal();
const call = (name: string, input?: unknown) => dispatch(ctx.kanal().handlers, name, input);

describe('the contract turns bad calls into clear errors', () => {
  it('names an unknown operation', async () => {
    expect(await call('posts.drop', {})).toEqual({
      ok: false,
      error: { code: 'unknown-operation', message: 'There is no operation called "posts.drop".' },
    });
    expect((await call('__proto__', {})).ok).toBe(false);
  });

  it.each([
    ['posts.get', {}, /posts.get \(id\)/],
    ['posts.get', { id: 42 }, /posts.get \(id\)/],
    ['posts.save', { id: 'x', title: 'T', extra: true }, /Unrecognized key/i],
    ['posts.save', { id: 'x', status: 'gone' }, /status/],
    ['posts.save', { id: 'x', doc: { type: 'paragraph' } }, /doc/],
    ['channels.create', { code: '' }, /cannot be empty/],
    ['channels.create', { code: '<script>' }, /letters, digits/],
    ['imports.start', { files: [] }, /at least one file/],
    ['imports.start', { files: [{ name: 'a.xml', data: 'not bytes' }] }, /files\.0\.data/],
    ['posts.list', 'nonsense', /Invalid input for posts.list/],
  ])('%s with %j', async (name, input, message) => {
    const result = await call(name, input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.message).toMatch(message);
    }
  });

  it('refuses a post body that smuggles a javascript: link, and the post stays as it was', async () => {
    const created = await call('posts.create', { title: 'Hej' });
    if (!created.ok) throw new Error('create failed');
    const id = (created.value as { id: string }).id;
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'klick', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
        },
      ],
    };
    const saved = await call('posts.save', { id, doc });
    const stored = await call('posts.get', { id });
    const html = JSON.stringify(saved.ok ? saved.value : stored.ok ? stored.value : null);
    expect(html).not.toContain('javascript:');
  });

  it('answers a post body nested past the stack with an error, as IPC delivers it (no JSON parse to stop it first)', async () => {
    let node: unknown = { type: 'paragraph' };
    for (let i = 0; i < 50_000; i++) node = { type: 'blockquote', content: [node] };
    const result = await call('posts.save', { id: 'x', doc: { type: 'doc', content: [node] } });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'The input for posts.save is nested too deeply.' },
    });
  });

  it('reports a missing post as not found', async () => {
    expect(await call('posts.get', { id: 'nope' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No post with id nope.' },
    });
  });

  it('answers a valid call with its value', async () => {
    const result = await call('channels.list', {});
    expect(result.ok && (result.value as unknown[]).length).toBe(9);
  });
});
