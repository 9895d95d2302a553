import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openKanal, type Kanal } from '../../../electron/core/openKanal';
import { encodeWire } from '../../../electron/core/shared/wire';
import { startHost, type Host } from '../../../electron/host/server';
import { tempFolder, testDeps } from '../../helpers/tempLibrary';

let temp: ReturnType<typeof tempFolder>;
let kanal: Kanal;
let host: Host;
let token: string;

// Raw requests, so the Host and Origin headers are exactly what a hostile page or rebinding attack would send.
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
const ours = () => ({ host: `127.0.0.1:${host.port}`, 'x-kanal-token': token, 'content-type': 'application/json' });

beforeEach(async () => {
  temp = tempFolder();
  const renderer = join(temp.folder, 'renderer');
  mkdirSync(renderer);
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Kanal</title>');
  mkdirSync(join(renderer, 'assets'));
  writeFileSync(join(renderer, 'assets', 'index-1a2b.js'), 'console.log("Kanal")');
  writeFileSync(join(temp.folder, 'secret.txt'), 'not for the web');
  kanal = await openKanal(temp.dataFile, { deps: testDeps() });
  host = await startHost({ handlers: kanal.handlers, rendererDir: renderer });
  token = new URL(host.url).searchParams.get('token') ?? '';
});
afterEach(async () => {
  await host.close();
  await kanal.close();
  temp.cleanup();
});

describe('the browser host', () => {
  it('prints an address on 127.0.0.1 with a long random token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
  });

  it('serves the renderer with a strict CSP and answers calls that carry the token', async () => {
    const page = await send('/', { headers: { host: `127.0.0.1:${host.port}` } });
    expect(page.status).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    const call = await send('/api/posts.create', {
      method: 'POST',
      headers: ours(),
      body: encodeWire({ title: 'Hej' }),
    });
    expect(JSON.parse(call.body)).toMatchObject({ ok: true, value: { title: 'Hej' } });
  });

  it('refuses calls without the token, with a wrong one, or from another origin', async () => {
    const body = encodeWire({ title: 'x' });
    const none = await send('/api/posts.create', { method: 'POST', headers: { host: `127.0.0.1:${host.port}` }, body });
    const wrong = await send('/api/posts.create', {
      method: 'POST',
      headers: { ...ours(), 'x-kanal-token': 'A'.repeat(32) },
      body,
    });
    const foreign = await send('/api/posts.create', {
      method: 'POST',
      headers: { ...ours(), origin: 'https://evil.example' },
      body,
    });
    for (const r of [none, wrong, foreign]) expect(r.status).toBe(403);
    expect(kanal.services.posts.list({})).toEqual([]);
  });

  it('refuses requests whose Host header is not 127.0.0.1 or localhost (DNS rebinding)', async () => {
    const rebound = await send('/api/posts.list', {
      method: 'POST',
      headers: { ...ours(), host: `evil.example:${host.port}` },
      body: '{}',
    });
    expect(rebound.status).toBe(421);
    const page = await send('/', { headers: { host: 'evil.example' } });
    expect(page.status).toBe(421);
  });

  it('serves the built files with their types and the same security headers, and nothing else', async () => {
    const script = await send('/assets/index-1a2b.js', { headers: { host: `127.0.0.1:${host.port}` } });
    expect(script.status).toBe(200);
    expect(String(script.headers['content-type'])).toMatch(/^text\/javascript/);
    expect(script.body).toBe('console.log("Kanal")');
    const missing = await send('/assets/other.js', { headers: { host: `127.0.0.1:${host.port}` } });
    expect(missing.status).toBe(404);
    for (const response of [script, missing]) {
      expect(response.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'cache-control': 'no-store',
      });
      expect(String(response.headers['content-security-policy'])).toContain("script-src 'self'");
    }
  });

  it('does not serve files outside the renderer folder', async () => {
    const escape = await send('/..%2fsecret.txt', { headers: { host: `127.0.0.1:${host.port}` } });
    expect(escape.status).toBe(404);
    expect(escape.body).not.toContain('not for the web');
  });

  it('answers a malformed percent-encoding as not found, not as a failure of Kanal', async () => {
    const file = await send('/%E0%A4%A', { headers: { host: `127.0.0.1:${host.port}` } });
    expect(file.status).toBe(404);
    const call = await send('/api/posts.list%E0%A4%A', { method: 'POST', headers: ours(), body: '{}' });
    expect(JSON.parse(call.body)).toMatchObject({ ok: false, error: { code: 'unknown-operation' } });
  });

  it('answers bad JSON and bad input with clear errors', async () => {
    const broken = await send('/api/posts.create', { method: 'POST', headers: ours(), body: '{not json' });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).error.message).toMatch(/not valid JSON/);
    const invalid = await send('/api/posts.get', { method: 'POST', headers: ours(), body: '{"id": 5}' });
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const get = await send('/api/posts.list', { headers: { host: `127.0.0.1:${host.port}` } });
    expect(get.status).toBe(405);
  });

  it('carries file bytes for imports through the wire format', async () => {
    const data = new TextEncoder().encode(
      'Rubrik\n\nText.\n\n2 thoughts on “Rubrik”\n\n1. Hej!\n\nReply\n\n2. Hallå!\n\nReply\n\nLeave a Reply',
    );
    const start = await send('/api/imports.start', {
      method: 'POST',
      headers: ours(),
      body: encodeWire({ files: [{ name: 'p.txt', data }], format: 'text' }),
    });
    const job = JSON.parse(start.body).value;
    let status = job;
    for (let i = 0; i < 10 && status.state !== 'done'; i++) {
      status = JSON.parse(
        (
          await send('/api/imports.status', {
            method: 'POST',
            headers: ours(),
            body: encodeWire({ jobId: job.jobId, waitMs: 2000 }),
          })
        ).body,
      ).value;
    }
    expect(status.summary.threads[0]).toMatchObject({ title: 'Rubrik', comments: 2 });
  });
});
