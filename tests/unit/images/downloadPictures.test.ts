import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { htmlToDoc } from '../../../electron/core/content/htmlToDoc';
import type { Envelope, PictureDownloads } from '../../../electron/core/api';
import { dispatch } from '../../../electron/core/dispatch';
import { fetchPicture, PICTURE_FETCH_LIMITS } from '../../../electron/core/images/fetchPicture';
import { imagesFolderOf } from '../../../electron/core/images/imageFiles';
import { WEB_PICTURE_LINK_CLASS, webPictureLinksOf } from '../../../electron/core/shared/images/webPictureLinks';
import { MAX_IMAGE_BYTES } from '../../../electron/core/shared/limits';
import type { Doc } from '../../../electron/core/shared/schema';
import { startPictureServer, type PictureServer } from '../../helpers/pictureServer';
import { useTempKanal } from '../../helpers/useTempKanal';
import { POST_ONLY_EXPORT } from '../../helpers/postOnlyExport';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
const png = readFileSync(join(fixtures, 'tiny.png'));
const fakePng = readFileSync(join(fixtures, 'not-a-picture.png'));
const stored = `kanal-image:${createHash('sha256').update(png).digest('hex')}.png`;

const picture = (response: ServerResponse, body: Buffer) =>
  response.writeHead(200, { 'content-type': 'image/png' }).end(body);
const redirect = (response: ServerResponse, location: string) => response.writeHead(302, { location }).end();

// Whether the last streamed answer was cut off by Kanal before all of it was sent.
let streamCutOff = false;

// Sends far more than the limit, with no Content-Length, as fast as the reader takes it.
function streamTooMuch(response: ServerResponse) {
  const chunk = Buffer.alloc(1_000_000, 7);
  let sent = 0;
  response.writeHead(200, { 'content-type': 'image/png' });
  response.write(png);
  response.on('close', () => (streamCutOff = !response.writableFinished));
  const pump = () => {
    while (sent < 3 * MAX_IMAGE_BYTES) {
      sent += chunk.byteLength;
      if (!response.write(chunk)) return void response.once('drain', pump);
    }
    response.end();
  };
  pump();
}

let server: PictureServer;
beforeAll(async () => {
  server = await startPictureServer({
    '/katt.png': (_request, response) => picture(response, png),
    '/text.png': (_request, response) => picture(response, fakePng),
    '/declared-big.png': (_request, response) => {
      response.writeHead(200, { 'content-type': 'image/png', 'content-length': String(MAX_IMAGE_BYTES + 1) });
      response.write(png);
    },
    '/streamed-big.png': (_request, response) => streamTooMuch(response),
    '/moved.png': (_request, response) => redirect(response, '/katt.png'),
    '/to-file.png': (_request, response) => redirect(response, 'file:///etc/passwd'),
    '/loop.png': (_request, response) => redirect(response, '/loop.png'),
    '/slow.png': () => undefined,
  });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  streamCutOff = false;
});

const ctx = useTempKanal();

// A post as an import leaves it: each <img> on the web a link standing for the picture.
async function importedPost(...paths: string[]): Promise<string> {
  const { posts } = ctx.kanal().services;
  const html = paths
    .map((path, i) => `<p>Före ${i} <img src="${server.url(path)}" alt="Bild ${i}"> efter</p>`)
    .join('');
  const post = await posts.create({ title: 'Importerat' });
  await posts.save({ id: post.id, doc: htmlToDoc(html) });
  return post.id;
}

const download = (input: { postId: string; urls?: string[] }) =>
  dispatch(ctx.kanal().handlers, 'images.download', input) as Promise<Envelope<PictureDownloads>>;

const linkOf = (doc: Doc, index: number) => doc.content?.[index]?.content?.[1];

describe('pictures on the web in imported post HTML', () => {
  it('stay links marked as pictures, through a save and a reload, and export as plain links', async () => {
    const postId = await importedPost('/katt.png');
    const { posts, export: exporter } = ctx.kanal().services;
    const reloaded = await posts.get({ id: postId });
    expect(linkOf(reloaded.doc, 0)).toMatchObject({
      text: 'Bild 0',
      marks: [{ type: 'link', attrs: { href: server.url('/katt.png'), class: WEB_PICTURE_LINK_CLASS } }],
    });
    expect(webPictureLinksOf(reloaded.doc)).toEqual([{ url: server.url('/katt.png'), alt: 'Bild 0' }]);
    const fragment = await exporter.fragment({ postId, ...POST_ONLY_EXPORT });
    expect(fragment.content).toContain(
      `<a href="${server.url('/katt.png')}" rel="noopener noreferrer nofollow">Bild 0</a>`,
    );
    expect(fragment.content).not.toContain(WEB_PICTURE_LINK_CLASS);
    expect(server.requests).toEqual([]);
  });

  it('a link the author wrote is no picture link, whatever class pasted HTML gave it', () => {
    const doc = htmlToDoc('<p><a class="web-picture" href="https://example.com/a.png">a</a></p>');
    expect(webPictureLinksOf(doc)).toEqual([]);
  });
});

describe('images.download', () => {
  it('puts each picture that arrives in place of its link, alt text kept, and says why the others did not', async () => {
    const paths = ['/katt.png', '/text.png', '/declared-big.png', '/streamed-big.png', '/missing.png', '/moved.png'];
    const postId = await importedPost(...paths);
    const answer = await download({ postId });
    if (!answer.ok) throw new Error(answer.error.message);
    const { pictures, post } = answer.value;
    expect(pictures.map(({ url, outcome, code }) => ({ url, outcome, code }))).toEqual([
      { url: server.url('/katt.png'), outcome: 'downloaded', code: null },
      { url: server.url('/text.png'), outcome: 'refused', code: 'image-not-picture' },
      { url: server.url('/declared-big.png'), outcome: 'refused', code: 'image-too-big' },
      { url: server.url('/streamed-big.png'), outcome: 'refused', code: 'image-too-big' },
      { url: server.url('/missing.png'), outcome: 'failed', code: 'http-error' },
      { url: server.url('/moved.png'), outcome: 'downloaded', code: null },
    ]);
    expect(pictures[0]?.src).toBe(stored);
    // The same sentences as for a picture the author adds.
    expect(pictures[1]?.message).toBe(
      `“${server.url('/text.png')}” is not a picture: its content is none of PNG, JPEG, GIF, WebP or AVIF.`,
    );
    expect(pictures[2]?.message).toBe(
      `“${server.url('/declared-big.png')}” is 25.1 MB, and a picture in a post can be up to 25 MB.`,
    );
    expect(pictures[3]?.message).toBe(
      `“${server.url('/streamed-big.png')}” is more than 25 MB, and a picture in a post can be up to 25 MB.`,
    );
    expect(streamCutOff).toBe(true);
    expect(pictures[4]?.message).toBe(
      `“${server.url('/missing.png')}” could not be downloaded: the server answered 404 Not Found.`,
    );

    const saved = (await ctx.kanal().services.posts.get({ id: postId })).doc;
    expect(saved).toEqual(post.doc);
    expect(saved.content?.map((node) => node.type)).toEqual([
      'paragraph',
      'image',
      'paragraph',
      ...['paragraph', 'paragraph', 'paragraph', 'paragraph'],
      'paragraph',
      'image',
      'paragraph',
    ]);
    expect(saved.content?.[1]).toMatchObject({ type: 'image', attrs: { src: stored, alt: 'Bild 0' } });
    expect(saved.content?.[0]?.content).toEqual([{ type: 'text', text: 'Före 0 ' }]);
    expect(saved.content?.[2]?.content).toEqual([{ type: 'text', text: ' efter' }]);
    expect(saved.content?.[8]).toMatchObject({ type: 'image', attrs: { src: stored, alt: 'Bild 5' } });
    // The links that did not become pictures are as they were.
    expect(webPictureLinksOf(saved).map((link) => link.url)).toEqual(paths.slice(1, 5).map(server.url));
    expect(readdirSync(imagesFolderOf(ctx.temp().dataFile))).toEqual([stored.slice('kanal-image:'.length)]);
  });

  it('changes nothing when no picture arrives', async () => {
    const postId = await importedPost('/text.png', '/missing.png', '/to-file.png');
    const { posts, revisions } = ctx.kanal().services;
    const before = await posts.get({ id: postId });
    const revisionsBefore = await revisions.list({ postId });
    const answer = await download({ postId });
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.value.pictures.map((picture) => picture.outcome)).toEqual(['refused', 'failed', 'failed']);
    expect(answer.value.pictures[2]).toMatchObject({
      code: 'redirect-refused',
      message: `“${server.url('/to-file.png')}” could not be downloaded: its server sends Kanal on to an address that is not on the web.`,
    });
    expect(await posts.get({ id: postId })).toEqual(before);
    expect(answer.value.post).toEqual(before);
    expect(await revisions.list({ postId })).toEqual(revisionsBefore);
    expect(existsSync(imagesFolderOf(ctx.temp().dataFile))).toBe(false);
  });

  it('downloads only the pictures asked for, and fetches nothing that is not a picture link of the post', async () => {
    const postId = await importedPost('/katt.png', '/moved.png');
    const answer = await download({ postId, urls: [server.url('/moved.png'), server.url('/elsewhere.png')] });
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.value.pictures.map(({ outcome, code }) => ({ outcome, code }))).toEqual([
      { outcome: 'downloaded', code: null },
      { outcome: 'failed', code: 'not-in-post' },
    ]);
    expect(server.requests).toEqual(['/moved.png', '/katt.png']);
    expect(webPictureLinksOf(answer.value.post.doc).map((link) => link.url)).toEqual([server.url('/katt.png')]);
  });

  it.each(['file:///etc/passwd', 'ftp://example.com/a.png', 'data:image/png;base64,AAAA', 'javascript:alert(1)'])(
    'refuses to download from %s',
    async (url) => {
      const postId = await importedPost('/katt.png');
      const answer = await download({ postId, urls: [url] });
      expect(answer).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', message: expect.stringMatching(/only from http and https addresses/) },
      });
      await expect(fetchPicture(url)).rejects.toMatchObject({ code: 'invalid-input' });
      expect(server.requests).toEqual([]);
    },
  );
});

describe('fetching one picture', () => {
  it('names a server that does not exist, one that does not answer, and one that takes too long', async () => {
    await expect(fetchPicture('http://no-such-host.invalid/a.png')).resolves.toMatchObject({
      ok: false,
      problem: {
        code: 'host-not-found',
        message:
          '“http://no-such-host.invalid/a.png” could not be downloaded: there is no server named no-such-host.invalid.',
      },
    });
    const closed = await startPictureServer({});
    const gone = closed.url('/a.png');
    await closed.close();
    await expect(fetchPicture(gone)).resolves.toMatchObject({
      ok: false,
      problem: {
        code: 'unreachable',
        message: `“${gone}” could not be downloaded: the server 127.0.0.1 could not be reached.`,
      },
    });
    const slow = server.url('/slow.png');
    await expect(fetchPicture(slow, { ...PICTURE_FETCH_LIMITS, timeoutMs: 300 })).resolves.toMatchObject({
      ok: false,
      problem: {
        code: 'timed-out',
        message: `“${slow}” could not be downloaded: it did not arrive within 0.3 seconds.`,
      },
    });
  });

  it('follows a few redirects and no more', async () => {
    await expect(fetchPicture(server.url('/moved.png'))).resolves.toMatchObject({ ok: true });
    const loop = await fetchPicture(server.url('/loop.png'));
    expect(loop).toMatchObject({ ok: false, problem: { code: 'too-many-redirects' } });
    expect(server.requests.filter((path) => path === '/loop.png')).toHaveLength(PICTURE_FETCH_LIMITS.maxRedirects + 1);
  });
});
