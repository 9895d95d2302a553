import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { imagesFolderOf } from '../../../electron/core/images/imageFiles';
import { sniffImage } from '../../../electron/core/images/sniffImage';
import { htmlToDoc } from '../../../electron/core/content/htmlToDoc';
import { validateDoc } from '../../../electron/core/shared/content/validateDoc';
import { MAX_IMAGE_BYTES } from '../../../electron/core/shared/limits';
import type { Doc } from '../../../electron/core/shared/schema';
import { POST_ONLY_EXPORT } from '../../helpers/postOnlyExport';
import { useTempKanal } from '../../helpers/useTempKanal';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
const png = new Uint8Array(readFileSync(join(fixtures, 'tiny.png')));
const fakePng = new Uint8Array(readFileSync(join(fixtures, 'not-a-picture.png')));
const pngHash = createHash('sha256').update(png).digest('hex');
const bytes = (...values: number[]) => new Uint8Array([...values, ...new Array<number>(16).fill(0)]);
const ascii = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));

const pictureDoc = (src: unknown, alt = 'En ruta'): Doc => ({
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Före' }] },
    { type: 'image', attrs: { src, alt, title: null } },
  ],
});

describe('what a picture is, by its content', () => {
  it.each([
    ['png', png],
    ['jpg', bytes(0xff, 0xd8, 0xff, 0xe0)],
    ['gif', ascii('GIF89a\u0001\u0000\u0001\u0000')],
    ['webp', ascii('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ')],
    ['avif', new Uint8Array([0, 0, 0, 0x1c, ...ascii('ftypavif'), 0, 0, 0, 0, ...ascii('avifmif1miaf')])],
  ])('knows %s', (extension, data) => {
    expect(sniffImage(data)).toMatchObject({ kind: 'picture', format: { extension } });
  });

  it('tells SVG apart, and calls anything else what it is not', () => {
    expect(
      sniffImage(
        new TextEncoder().encode('\uFEFF <?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'),
      ),
    ).toEqual({
      kind: 'svg',
    });
    expect(sniffImage(fakePng)).toEqual({ kind: 'other' });
    expect(sniffImage(ascii('<html><body>no drawing</body></html>'))).toEqual({ kind: 'other' });
  });
});

const ctx = useTempKanal();

describe('images.add', () => {
  it('stores a picture once, named by the SHA-256 of its bytes, in a folder beside the data file', async () => {
    const { images } = ctx.kanal().services;
    const added = await images.add({ name: 'ruta.png', data: png });
    expect(added).toEqual({
      src: `kanal-image:${pngHash}.png`,
      name: `${pngHash}.png`,
      mimeType: 'image/png',
      bytes: png.length,
    });
    expect(await images.add({ name: 'samma.png', data: png })).toEqual(added);
    const folder = imagesFolderOf(ctx.temp().dataFile);
    expect(dirname(folder)).toBe(dirname(ctx.temp().dataFile));
    expect(readdirSync(folder)).toEqual([`${pngHash}.png`]);
    expect(new Uint8Array(readFileSync(join(folder, `${pngHash}.png`)))).toEqual(png);
  });

  it.each([
    [fakePng, 'image-not-picture', '“x.png” is not a picture: its content is none of PNG, JPEG, GIF, WebP or AVIF.'],
    [ascii('<svg onload="alert(1)"></svg>'), 'image-svg', /“x.png” is an SVG drawing/],
    [new Uint8Array(0), 'image-empty', '“x.png” is empty, so it holds no picture.'],
  ])('refuses %#', async (data, code, message) => {
    const answer = await dispatch(ctx.kanal().handlers, 'images.add', { name: 'x.png', data });
    expect(answer).toMatchObject({ ok: false, error: { code, message } });
    expect(readdirSync(dirname(ctx.temp().dataFile))).not.toContain('kanal.images');
  });

  it('refuses a picture over 25 MB in the contract and in the core', async () => {
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set(png);
    const answer = await dispatch(ctx.kanal().handlers, 'images.add', { name: 'stor.png', data: big });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input', message: /up to 25 MB/ } });
    await expect(ctx.kanal().services.images.add({ name: 'stor.png', data: big })).rejects.toMatchObject({
      code: 'image-too-big',
      message: '“stor.png” is 25.1 MB, and a picture in a post can be up to 25 MB.',
    });
  });

  it('keeps the library JSON free of picture bytes', async () => {
    const { images, posts } = ctx.kanal().services;
    const added = await images.add({ name: 'ruta.png', data: png });
    const post = await posts.create({ title: 'Bild' });
    await posts.save({ id: post.id, doc: pictureDoc(added.src) });
    expect((await posts.get({ id: post.id })).doc.content?.[1]).toMatchObject({
      type: 'image',
      attrs: { src: added.src },
    });
    const onDisk = readdirSync(dirname(ctx.temp().dataFile), { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.json'))
      .map((name) => readFileSync(join(dirname(ctx.temp().dataFile), name), 'utf8'))
      .join('');
    expect(onDisk).toContain(`kanal-image:${pngHash}.png`);
    expect(onDisk).not.toContain('base64');
  });
});

describe('image nodes in a doc', () => {
  it('keep a stored picture or one on the web, with alt text and title', () => {
    const stored = validateDoc(pictureDoc(`kanal-image:${pngHash}.png`));
    expect(stored.content?.[1]).toMatchObject({
      type: 'image',
      attrs: { src: `kanal-image:${pngHash}.png`, alt: 'En ruta' },
    });
    expect(validateDoc(pictureDoc('https://example.com/a.png')).content?.[1]).toMatchObject({
      attrs: { src: 'https://example.com/a.png' },
    });
  });

  it.each([
    'data:image/png;base64,iVBORw0KGgo=',
    'javascript:alert(1)',
    'file:///etc/passwd',
    '/images/a.png',
    'kanal-image:../../kanal.json',
    `kanal-image:${pngHash}.svg`,
    null,
  ])('drop a picture whose src is %s, and keep the rest', (src) => {
    const doc = validateDoc(pictureDoc(src));
    expect(doc.content?.map((node) => node.type)).toEqual(['paragraph']);
  });

  it('from imported HTML: a picture on the web stays a link with its alt text, and fetches nothing', () => {
    const doc = htmlToDoc(
      '<p>Se <img src="https://example.com/katt.jpg" alt="En katt"> och <img src="data:image/png;base64,AAAA" alt="inbäddad"> slut</p>',
    );
    expect(JSON.stringify(doc)).not.toContain('"image"');
    expect(doc.content?.[0]?.content).toMatchObject([
      { type: 'text', text: 'Se ' },
      { type: 'text', text: 'En katt', marks: [{ type: 'link', attrs: { href: 'https://example.com/katt.jpg' } }] },
      { type: 'text', text: ' och inbäddad slut' },
    ]);
  });
});

describe('exports with pictures', () => {
  const postWithPicture = async () => {
    const { images, posts } = ctx.kanal().services;
    const added = await images.add({ name: 'ruta.png', data: png });
    const post = await posts.create({ title: 'Bild' });
    await posts.save({ id: post.id, doc: pictureDoc(added.src), status: 'ready' });
    return post.id;
  };

  it('HTML and Markdown refer to images/<hash>.png beside them and carry the picture as an asset', async () => {
    const postId = await postWithPicture();
    const { export: exporter } = ctx.kanal().services;
    const html = await exporter.html({
      postId,
      ...POST_ONLY_EXPORT,
    });
    expect(html.content).toContain(`<img src="images/${pngHash}.png" alt="En ruta" />`);
    expect(html.content).toMatch(/img-src (&#39;|')self\1 data:;/);
    expect(html.assets).toEqual([
      { path: `images/${pngHash}.png`, mimeType: 'image/png', data: expect.any(Uint8Array) },
    ]);
    expect(new Uint8Array(html.assets?.[0]?.data ?? [])).toEqual(png);
    const md = await exporter.md({
      postId,
      ...POST_ONLY_EXPORT,
    });
    expect(md.content).toContain(`![En ruta](images/${pngHash}.png)`);
    expect(md.assets?.map((asset) => asset.path)).toEqual([`images/${pngHash}.png`]);
  });

  it('turns a picture on the web into a link, leaves out one whose file is gone, and keeps the words after both', async () => {
    const { posts, export: exporter } = ctx.kanal().services;
    const post = await posts.create({ title: 'Webbild' });
    const doc: Doc = {
      type: 'doc',
      content: [
        { type: 'image', attrs: { src: 'https://example.com/katt.jpg', alt: 'En katt', title: null } },
        { type: 'image', attrs: { src: `kanal-image:${'0'.repeat(64)}.png`, alt: 'Borta', title: null } },
        { type: 'paragraph', content: [{ type: 'text', text: 'Efter bilderna.' }] },
      ],
    };
    await posts.save({ id: post.id, doc, status: 'ready' });
    const html = await exporter.fragment({
      postId: post.id,
      ...POST_ONLY_EXPORT,
    });
    expect(html.content).toContain(
      '<a href="https://example.com/katt.jpg" rel="noopener noreferrer nofollow">En katt</a>',
    );
    expect(html.content).not.toContain('<img');
    expect(html.content).not.toContain('Borta');
    expect(html.content).toContain('<p>Efter bilderna.</p>');
    expect(html.assets ?? []).toEqual([]);
  });

  it('embeds the pictures as data: URLs in a single HTML page on request, with nothing beside it', async () => {
    const postId = await postWithPicture();
    const html = await ctx.kanal().services.export.html({
      postId,
      ...POST_ONLY_EXPORT,
      embedImages: true,
    });
    expect(html.content).toContain(
      `<img src="data:image/png;base64,${Buffer.from(png).toString('base64')}" alt="En ruta" />`,
    );
    expect(html.assets).toBeUndefined();
  });

  it('WXR keeps the picture: images/<hash>.png in the post content with the file beside, or inside it on request', async () => {
    const postId = await postWithPicture();
    const choices = { postId, ...POST_ONLY_EXPORT };
    const { export: exporter } = ctx.kanal().services;
    const content = (xml: string) => /<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/.exec(xml)?.[1];
    const beside = await exporter.wxr({ ...choices, embedImages: false });
    expect(content(beside.content)).toContain(`<img src="images/${pngHash}.png" alt="En ruta" />`);
    expect(beside.assets?.map((asset) => asset.path)).toEqual([`images/${pngHash}.png`]);
    expect(new Uint8Array(beside.assets?.[0]?.data ?? [])).toEqual(png);
    const inside = await exporter.wxr({ ...choices, embedImages: true });
    expect(content(inside.content)).toContain(
      `<img src="data:image/png;base64,${Buffer.from(png).toString('base64')}" alt="En ruta" />`,
    );
    expect(inside.assets).toBeUndefined();
  });

  it('several posts showing the same picture name it by the same relative path', async () => {
    const first = await postWithPicture();
    const second = await postWithPicture();
    const files = await ctx.kanal().services.export.several({
      format: 'html',
      postIds: [first, second],
      ...POST_ONLY_EXPORT,
    });
    const assets = files.flatMap((file) => file.assets ?? []).map((asset) => asset.path);
    expect(new Set(assets)).toEqual(new Set([`images/${pngHash}.png`]));
  });
});
