import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { openKanal } from '../../../electron/core/openKanal';
import { fillSnippet } from '../../../electron/core/shared/snippets/fillSnippet';
import { useTempKanal } from '../../helpers/useTempKanal';

describe('fillSnippet', () => {
  it('fills the commenter’s name and the post’s title', () => {
    expect(fillSnippet('Tack {name} för din kommentar om "{post}"!', { name: 'Anna', post: 'Varumärken' })).toBe(
      'Tack Anna för din kommentar om "Varumärken"!',
    );
    expect(fillSnippet('{name}, {name}', { name: 'Åsa' })).toBe('Åsa, Åsa');
  });

  it('leaves unknown placeholders and ones without a value as written', () => {
    expect(fillSnippet('Hej {name}, se {länk} och {datum}', { name: '  ', post: 'P' })).toBe(
      'Hej {name}, se {länk} och {datum}',
    );
    expect(fillSnippet('{post} {Name} { name }', {})).toBe('{post} {Name} { name }');
  });

  it('inserts values literally, even ones that look like replacement patterns', () => {
    expect(fillSnippet('Hej {name}!', { name: '$& $1 {post}' })).toBe('Hej $& $1 {post}!');
  });
});

const ctx = useTempKanal();

describe('saved replies', () => {
  it('are created, updated and deleted, and kept in the library', async () => {
    const { snippets } = ctx.kanal().services;
    const thanks = await snippets.create({ title: 'Tack', text: 'Tack {name}!' });
    await snippets.create({ title: 'Återkommer', text: 'Jag återkommer om {post}.' });
    await snippets.update({ id: thanks.id, text: 'Stort tack, {name}!' });
    await ctx.kanal().close();
    const again = await openKanal(ctx.temp().dataFile, { readOnly: true });
    expect(again.services.snippets.list()).toEqual([
      { id: thanks.id, title: 'Tack', text: 'Stort tack, {name}!' },
      expect.objectContaining({ title: 'Återkommer' }),
    ]);
    await again.close();
  });

  it('need a title; unknown ones are not found', async () => {
    const call = (name: string, input: unknown) => dispatch(ctx.kanal().handlers, name, input);
    expect(await call('snippets.create', { title: '   ', text: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await call('snippets.update', { id: 'nope', text: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await call('snippets.delete', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const created = await call('snippets.create', { title: ' Tack ', text: '' });
    expect(created).toMatchObject({ ok: true, value: { title: 'Tack' } });
    const id = created.ok ? (created.value as { id: string }).id : '';
    expect(await call('snippets.delete', { id })).toEqual({ ok: true, value: { id } });
    expect(ctx.kanal().services.snippets.list()).toEqual([]);
  });
});
