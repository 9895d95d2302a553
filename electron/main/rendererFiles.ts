import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { lookup } from 'mrmime';
import { APP_CSP } from '../core/csp';
import type { StoredImage } from '../core/images/readImages';
import { IMAGE_ROUTE } from '../core/shared/images/imageRefs';
import { APP_HOST, APP_SCHEME } from './appScheme';

export type RendererFileHandler = (request: Request) => Promise<Response>;

// On every file: the one CSP, and no guessing of types from content.
const FILE_HEADERS = { 'content-security-policy': APP_CSP, 'x-content-type-options': 'nosniff' };

const refuse = (status: number, text: string): Response =>
  new Response(text, { status, headers: { ...FILE_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });

const isInside = (root: string, file: string): boolean => {
  const rel = relative(root, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
};

// The file a request names inside the built renderer, or null: only app://kanal/…, no encoded slashes or
// backslashes, nothing that resolves (through `..` or a link) outside the folder.
async function fileFor(root: string, request: Request): Promise<string | null> {
  const url = new URL(request.url);
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (path.includes('\\') || path.includes('\0') || path.split('/').includes('..')) return null;
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
  if (!isInside(root, file)) return null;
  try {
    const real = await realpath(file);
    return isInside(root, real) && (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

export type ImageReader = (name: string) => Promise<StoredImage | null>;

// A stored picture at app://kanal/images/<name>, typed by its own format; the name is checked by the reader.
async function imageResponse(request: Request, readImage: ImageReader): Promise<Response> {
  const url = new URL(request.url);
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refuse(404, 'Not found.');
  let name: string;
  try {
    name = decodeURIComponent(url.pathname.slice(IMAGE_ROUTE.length));
  } catch {
    return refuse(404, 'Not found.');
  }
  const image = await readImage(name);
  if (!image) return refuse(404, 'Not found.');
  const body = request.method === 'HEAD' ? null : Buffer.from(image.data);
  return new Response(body, { status: 200, headers: { ...FILE_HEADERS, 'content-type': image.mimeType } });
}

// Serves app:// from the built renderer folder alone, each file with the type its extension names, and the library's
// pictures under images/.
export function rendererFileHandler(folder: string, readImage?: ImageReader): RendererFileHandler {
  const root = resolve(folder);
  const realRoot = realpath(root).catch(() => root);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Method not allowed.');
    if (readImage && new URL(request.url).pathname.startsWith(IMAGE_ROUTE)) return imageResponse(request, readImage);
    const file = await fileFor(await realRoot, request);
    if (!file) return refuse(404, 'Not found.');
    const type = lookup(extname(file).slice(1));
    if (!type) return refuse(404, 'Not found.');
    const contentType = type.startsWith('text/') ? `${type}; charset=utf-8` : type;
    const body = request.method === 'HEAD' ? null : await readFile(file);
    return new Response(body, { status: 200, headers: { ...FILE_HEADERS, 'content-type': contentType } });
  };
}
