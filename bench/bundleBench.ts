import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { absolute, type Figure } from './figure';

const RENDERER = 'out/renderer';

const gzippedKb = (files: string[]): number =>
  files.reduce((sum, file) => sum + gzipSync(readFileSync(join(RENDERER, file))).length, 0) / 1000;

// The built renderer's scripts, gzipped: those the page loads at start (index.html's script and module preloads)
// and all of them, the parts loaded on first use included.
export function bundleBench(): Promise<Figure[]> {
  const page = readFileSync(join(RENDERER, 'index.html'), 'utf8');
  const atStart = [...page.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1] ?? '');
  const all = readdirSync(join(RENDERER, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `assets/${name}`);
  return Promise.resolve([
    absolute('renderer bundle, gzipped, loaded at start', 'KB', [gzippedKb(atStart)], null),
    absolute('renderer bundle, gzipped, all of it', 'KB', [gzippedKb(all)], null),
  ]);
}
