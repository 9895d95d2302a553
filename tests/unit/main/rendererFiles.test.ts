import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APP_CSP } from '../../../electron/core/csp';
import { rendererFileHandler } from '../../../electron/main/rendererFiles';
import { tempFolder } from '../../helpers/tempLibrary';

let temp: ReturnType<typeof tempFolder>;
let serve: ReturnType<typeof rendererFileHandler>;
beforeEach(() => {
  temp = tempFolder();
  const renderer = join(temp.folder, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Kanal</title>');
  writeFileSync(join(renderer, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(renderer, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(renderer, 'favicon.svg'), '<svg/>');
  writeFileSync(join(renderer, 'assets', 'font.woff2'), 'woff2');
  writeFileSync(join(renderer, 'notes.unknownext'), 'what is this');
  writeFileSync(join(temp.folder, 'kanal.json'), '{"secret":true}');
  symlinkSync(join(temp.folder, 'kanal.json'), join(renderer, 'assets', 'linked.json'));
  serve = rendererFileHandler(renderer);
});
afterEach(() => temp.cleanup());

const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

describe('the app:// protocol', () => {
  it('serves the renderer’s files with the type their extension names, the CSP and nosniff', async () => {
    const cases: [string, string][] = [
      ['app://kanal/index.html', 'text/html; charset=utf-8'],
      ['app://kanal/', 'text/html; charset=utf-8'],
      ['app://kanal/assets/index-abc.js', 'text/javascript; charset=utf-8'],
      ['app://kanal/assets/index-abc.css', 'text/css; charset=utf-8'],
      ['app://kanal/favicon.svg', 'image/svg+xml'],
      ['app://kanal/assets/font.woff2', 'font/woff2'],
    ];
    for (const [url, type] of cases) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe(type);
      expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(await (await get('app://kanal/assets/index-abc.js')).text()).toBe('console.log(1)');
    expect(await (await get('app://kanal/index.html?x=1#top')).text()).toContain('<title>Kanal</title>');
  });

  it('never serves a file outside the renderer folder, however the path is written', async () => {
    const escapes = [
      'app://kanal/../kanal.json',
      'app://kanal/%2e%2e/kanal.json',
      'app://kanal/assets/%2E%2E%2F%2E%2E%2Fkanal.json',
      'app://kanal/assets/..%2f..%2fkanal.json',
      'app://kanal/assets/..%5c..%5ckanal.json',
      'app://kanal/%00index.html',
      'app://kanal/assets/linked.json',
      'app://kanal/%E0%A4%A',
    ];
    for (const url of escapes) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('secret');
    }
  });

  it('answers only its own host, only GET and HEAD, and only files of a known type', async () => {
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get('app://kanal/assets')).status).toBe(404);
    expect((await get('app://kanal/missing.js')).status).toBe(404);
    expect((await get('app://kanal/notes.unknownext')).status).toBe(404);
    expect((await get('app://kanal/index.html', 'POST')).status).toBe(405);
    const head = await get('app://kanal/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
