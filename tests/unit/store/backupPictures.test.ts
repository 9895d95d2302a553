import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Doc } from '../../../electron/core/shared/schema';
import { movableClock } from '../../helpers/movableClock';
import { useReopenableKanal } from '../../helpers/useReopenableKanal';

const png = new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'tiny.png')));
// Bytes that are no valid UTF-8: a copy made as text would change them.
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xc3, 0x28, 0xa0]);
const MINUTE = 60_000;

const temp = useReopenableKanal();

const withPictures = (...srcs: string[]): Doc => ({
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Bilder:' }] },
    ...srcs.map((src) => ({ type: 'image', attrs: { src, alt: 'Ruta', title: null } })),
  ],
});

it('a backup holds the pictures, byte for byte, and a restore brings back one that was deleted', async () => {
  const clock = movableClock();
  const kanal = await temp.open(clock.deps);
  const add = kanal.handlers['images.add'];
  const [first, second] = [await add({ name: 'ruta.png', data: png }), await add({ name: 'foto.jpg', data: jpeg })];
  const post = await kanal.handlers['posts.create']({ title: 'Med bilder' });
  await kanal.handlers['posts.save']({ id: post.id, doc: withPictures(first.src, second.src) });
  clock.advance(11 * MINUTE);
  await kanal.handlers['posts.save']({ id: post.id, title: 'Med bilder, omdöpt' });
  const [withBoth] = await kanal.handlers['backups.list']({});
  const snapshotImages = join(temp.folder, 'backups', `kanal.${withBoth?.id ?? ''}`, 'kanal.images');
  expect(readdirSync(snapshotImages).sort()).toEqual([first.name, second.name].sort());

  const stored = (name: string) => join(temp.folder, 'kanal.images', name);
  rmSync(stored(first.name));
  rmSync(stored(second.name));
  await kanal.handlers['backups.restore']({ id: withBoth?.id ?? '' });
  expect(existsSync(stored(first.name))).toBe(true);
  expect(new Uint8Array(readFileSync(stored(first.name)))).toEqual(png);
  expect(new Uint8Array(readFileSync(stored(second.name)))).toEqual(jpeg);
  const restored = await kanal.handlers['posts.get']({ id: post.id });
  expect(JSON.stringify(restored.doc)).toContain(first.src);
});
