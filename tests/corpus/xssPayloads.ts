import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { HostileSample } from '../fixtures/hostile/hostileMarkup';

// The XSS corpora in ../shared/fixtures/xss, read without any test runner so vitest and Playwright specs share them.
const XSS = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'xss');

const dompurifyCases = z.array(z.object({ title: z.string().optional(), payload: z.string(), expected: z.unknown() }));

// DOMPurify's own test payloads, each one as a sample.
export async function dompurifyPayloads(): Promise<HostileSample[]> {
  const module: unknown = await import(pathToFileURL(join(XSS, 'dompurify-expect.mjs')).href);
  const cases = dompurifyCases.parse((module as { default: unknown }).default);
  return cases.map((entry, index) => ({
    name: `dompurify #${index}: ${entry.title ?? 'untitled'}`,
    html: entry.payload,
  }));
}

// H5SC vectors: each starts at its `<div id="N">` and runs to the last `</div>` before the next one.
export function h5scVectors(): HostileSample[] {
  return readFileSync(join(XSS, 'h5sc-vectors.txt'), 'utf8')
    .split(/(?=<div id="\d+">)/)
    .filter((chunk) => chunk.startsWith('<div id="'))
    .map((chunk) => {
      const id = /^<div id="(\d+)">/.exec(chunk)?.[1] ?? '?';
      return { name: `h5sc #${id}`, html: chunk.slice(0, chunk.lastIndexOf('</div>') + '</div>'.length) };
    });
}
