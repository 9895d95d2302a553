import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APP_CSP } from '../core/csp';
import { failure } from '../core/api';
import { dispatch } from '../core/dispatch';
import { KanalError } from '../core/errors';
import type { Handlers } from '../core/handlers';
import { decodeWire, encodeWire } from '../core/shared/wire';
import { decodePath } from './decodePath';
import { readBody } from './readBody';
import { hostIsOurs, originIsOurs, queryTokenMatches, tokenMatches } from './requestGuard';
import { IMAGE_ROUTE } from '../core/shared/images/imageRefs';
import type { StoredImage } from '../core/images/readImages';
import { staticFiles } from './staticFiles';

export interface Host {
  url: string;
  port: number;
  close(): Promise<void>;
}

// On every answer, files and calls alike.
const COMMON_HEADERS = {
  'content-security-policy': APP_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

const setHeaders = (res: ServerResponse, headers: Record<string, string>): void => {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
};

// The contract over HTTP on 127.0.0.1 only, for browser mode and for tests where Electron cannot run.
export interface HostOptions {
  handlers: Handlers;
  rendererDir: string;
  port?: number;
  // The library's stored pictures, by name, for the editor to show.
  readImage?: (name: string) => Promise<StoredImage | null>;
}

export async function startHost(options: HostOptions): Promise<Host> {
  const token = randomBytes(24).toString('base64url');
  const serveStatic = staticFiles(options.rendererDir);
  let port = 0;
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, 'text/plain', `Kanal failed: ${String(error)}`));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostIsOurs(req, port)) return send(res, 421, 'text/plain', 'Kanal answers only at 127.0.0.1.');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    if (path.startsWith('/api/')) return handleApi(req, res, path.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed.');
    if (path.startsWith(IMAGE_ROUTE)) return handleImage(res, url);
    setHeaders(res, COMMON_HEADERS);
    serveStatic(req, res, () => send(res, 404, 'text/plain', 'Not found.'));
  }

  // A stored picture, typed by its own format (never by what the request asks), for pages holding this launch's token.
  async function handleImage(res: ServerResponse, url: URL): Promise<void> {
    if (!queryTokenMatches(url, token)) return send(res, 403, 'text/plain', 'This page has no valid Kanal token.');
    const name = decodePath(url.pathname.slice(IMAGE_ROUTE.length)) ?? '';
    const image = (await options.readImage?.(name)) ?? null;
    if (!image) return send(res, 404, 'text/plain', 'No such picture.');
    send(res, 200, image.mimeType, Buffer.from(image.data));
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'Use POST.');
    if (!originIsOurs(req, port) || !tokenMatches(req, token)) {
      return sendEnvelope(res, 403, failure('forbidden', 'This page has no valid Kanal token.'));
    }
    let input: unknown;
    try {
      const text = await readBody(req);
      input = text ? decodeWire(text) : {};
    } catch (error) {
      const message = error instanceof KanalError ? error.message : 'The request body is not valid JSON.';
      return sendEnvelope(res, 400, failure('invalid-input', message));
    }
    // A name that does not decode is no operation's name; dispatch says so.
    sendEnvelope(res, 200, await dispatch(options.handlers, decodePath(name) ?? name, input));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    // Requests in flight (a last save) finish; idle connections close now, stragglers after a grace period.
    close: () =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), 3000);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { ...COMMON_HEADERS, 'content-type': type });
  res.end(body);
}

const sendEnvelope = (res: ServerResponse, status: number, envelope: unknown): void =>
  send(res, status, 'application/json; charset=utf-8', encodeWire(envelope));
