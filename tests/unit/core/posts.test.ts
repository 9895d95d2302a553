import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../../electron/core/shared/schema';
import { useTempKanal } from '../../helpers/useTempKanal';

const body = (text: string): Doc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

const ctx = useTempKanal();

describe('posts', () => {
  it('are saved to disk before the save answers, and listed newest first with word counts', async () => {
    const { posts } = ctx.kanal().services;
    const first = await posts.create({ title: 'Första' });
    const second = await posts.create({ title: 'Andra' });
    await posts.save({
      id: first.id,
      doc: body('Sociala nätverk skapar nya kommunikationsvägar'),
      channels: ['b2b', 'c2c'],
    });
    const onDisk = JSON.parse(readFileSync(ctx.temp().dataFile, 'utf8'));
    expect(onDisk.posts.find((p: { id: string }) => p.id === first.id).channels).toEqual(['b2b', 'c2c']);
    const list = posts.list({});
    expect(list.map((p) => p.title)).toEqual(['Första', 'Andra']);
    expect(list[0]).toMatchObject({ channels: ['B2B', 'C2C'], words: 5, status: 'draft' });
    expect(posts.list({ channelId: 'c2c' }).map((p) => p.id)).toEqual([first.id]);
    expect(second.lang).toBe('en');
  });

  it('refuse an unknown channel and change nothing', async () => {
    const post = await ctx.kanal().services.posts.create({});
    await expect(ctx.kanal().services.posts.save({ id: post.id, title: 'X', channels: ['nope'] })).rejects.toThrow(
      /no channel/,
    );
    expect((await ctx.kanal().services.posts.get({ id: post.id })).title).toBe('');
  });

  it('set publishedAt once when first published', async () => {
    const post = await ctx.kanal().services.posts.create({});
    const published = await ctx.kanal().services.posts.save({ id: post.id, status: 'published' });
    expect(published.publishedAt).not.toBeNull();
    const again = await ctx.kanal().services.posts.save({ id: post.id, status: 'ready' });
    expect(again.publishedAt).toBe(published.publishedAt);
  });

  it('can be deleted and restored', async () => {
    const post = await ctx.kanal().services.posts.create({ title: 'Borta' });
    await ctx.kanal().services.posts.delete({ id: post.id });
    expect(ctx.kanal().services.posts.list({})).toEqual([]);
    await expect(ctx.kanal().services.posts.get({ id: post.id })).rejects.toThrow(/No post/);
    await ctx.kanal().services.posts.restore({ id: post.id });
    expect(
      ctx
        .kanal()
        .services.posts.list({})
        .map((p) => p.title),
    ).toEqual(['Borta']);
  });
});

describe('channels', () => {
  it('the author adds, renames and removes their own; removing untags posts', async () => {
    const { channels, posts } = ctx.kanal().services;
    const own = await channels.create({
      code: 'A2R',
      description: { en: 'Author to readers', sv: 'Författare till läsare' },
    });
    await expect(channels.create({ code: 'a2r' })).rejects.toThrow(/already a channel called A2R/);
    const post = await posts.create({});
    await posts.save({ id: post.id, channels: [own.id, 'b2c'] });
    await channels.update({ id: own.id, code: 'Läsare' });
    expect(posts.list({})[0]?.channels).toEqual(['Läsare', 'B2C']);
    await channels.delete({ id: own.id });
    expect((await posts.get({ id: post.id })).channels).toEqual(['b2c']);
  });

  it('built-ins keep their codes but their descriptions can be reworded', async () => {
    const { channels } = ctx.kanal().services;
    await expect(channels.update({ id: 'b2b', code: 'X' })).rejects.toThrow(/keeps its code/);
    await expect(channels.delete({ id: 'b2b' })).rejects.toThrow(/cannot be removed/);
    const updated = await channels.update({ id: 'b2b', description: { en: 'Firms', sv: 'Firmor' } });
    expect(updated.description.sv).toBe('Firmor');
  });
});
