import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PictureDownload } from '../../../electron/core/api';
import { htmlToDoc } from '../../../electron/core/content/htmlToDoc';
import { MAX_IMAGE_BYTES } from '../../../electron/core/shared/limits';
import { pictureDownloadReport } from '../../../renderer/features/editor/pictureDownloadReport';
import { en } from '../../../renderer/i18n/en';
import { sv } from '../../../renderer/i18n/sv';
import { startPictureServer, type PictureServer } from '../../helpers/pictureServer';
import { useTempKanal } from '../../helpers/useTempKanal';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
const png = readFileSync(join(fixtures, 'tiny.png'));
const fakePng = readFileSync(join(fixtures, 'not-a-picture.png'));

const translator = async (lng: 'en' | 'sv') => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { en: { translation: en }, sv: { translation: sv } }, lng });
  return i18n.t;
};

let server: PictureServer;
let closedServerUrl: string;
beforeAll(async () => {
  server = await startPictureServer({
    '/katt.png': (_request, response) => response.writeHead(200, { 'content-type': 'image/png' }).end(png),
    '/text.png': (_request, response) => response.writeHead(200).end(fakePng),
    '/big.png': (_request, response) => {
      response.writeHead(200, { 'content-length': String(MAX_IMAGE_BYTES + 1) });
      response.write(png);
    },
    '/to-file.png': (_request, response) => response.writeHead(302, { location: 'file:///etc/passwd' }).end(),
    '/loop.png': (_request, response) => response.writeHead(302, { location: '/loop.png' }).end(),
  });
  const closed = await startPictureServer({});
  closedServerUrl = closed.url('/a.png');
  await closed.close();
});
afterAll(() => server.close());

const ctx = useTempKanal();

// What the core answers for a post linking to each of these addresses, and one address asked for that it does not.
async function downloadsOf(urls: string[], notInPost: string): Promise<PictureDownload[]> {
  const { posts, images } = ctx.kanal().services;
  const post = await posts.create({ title: 'Bilder' });
  await posts.save({ id: post.id, doc: htmlToDoc(urls.map((url) => `<p><img src="${url}" alt="bild"></p>`).join('')) });
  return (await images.download({ postId: post.id, urls: [...urls, notInPost] })).pictures;
}

describe('what became of the pictures, in the author’s language', () => {
  it('says each reason the core gives, in the same words in English', async () => {
    const pictures = await downloadsOf(
      [
        ...['/text.png', '/big.png', '/missing.png', '/to-file.png', '/loop.png'].map(server.url),
        'http://no-such-host.invalid/a.png',
        closedServerUrl,
      ],
      server.url('/elsewhere.png'),
    );
    expect(pictures.map((picture) => picture.code)).toEqual([
      'image-not-picture',
      'image-too-big',
      'http-error',
      'redirect-refused',
      'too-many-redirects',
      'host-not-found',
      'unreachable',
      'not-in-post',
    ]);
    const t = await translator('en');
    const report = pictureDownloadReport(pictures, t);
    // The app's own wording of "not a picture" names its content; every other sentence is the core's.
    const expected = pictures.map((picture) =>
      picture.code === 'image-not-picture'
        ? `“${picture.url}” is not a picture: by its content it is none of PNG, JPEG, GIF, WebP or AVIF.`
        : picture.message,
    );
    expect(report).toBe(`None of the 8 pictures could be downloaded: ${expected.join(' ')}`);
  });

  it('counts what arrived and what did not, in Swedish too', async () => {
    const pictures = await downloadsOf([server.url('/katt.png'), server.url('/missing.png')], server.url('/x.png'));
    const sv404 = `”${server.url('/missing.png')}” kunde inte hämtas: servern svarade 404 Not Found.`;
    const svNotInPost = `”${server.url('/x.png')}” är ingen bildlänk i det här inlägget.`;
    expect(pictureDownloadReport(pictures, await translator('sv'))).toBe(
      `1 bild hämtad; 2 kunde inte hämtas: ${sv404} ${svNotInPost}`,
    );
    expect(pictureDownloadReport(pictures.slice(0, 1), await translator('en'))).toBe('The picture was downloaded.');
    expect(pictureDownloadReport([pictures[0], pictures[0]] as PictureDownload[], await translator('sv'))).toBe(
      'Alla 2 bilder hämtades.',
    );
  });

  it('says a picture took too long, and one still arriving grew past the limit', async () => {
    const t = await translator('en');
    const base = { url: 'https://a.example/p.png', src: null, message: null };
    const slow: PictureDownload = {
      ...base,
      outcome: 'failed',
      code: 'timed-out',
      values: { name: base.url, seconds: '30' },
    };
    const grew: PictureDownload = {
      ...base,
      outcome: 'refused',
      code: 'image-too-big',
      values: { name: base.url, limit: '25' },
    };
    expect(pictureDownloadReport([slow, grew], t)).toBe(
      'None of the 2 pictures could be downloaded: “https://a.example/p.png” could not be downloaded: it did not arrive within 30 seconds. “https://a.example/p.png” is more than 25 MB, and a picture in a post can be up to 25 MB.',
    );
  });
});
