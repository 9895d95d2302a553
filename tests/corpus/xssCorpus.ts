import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { HostileSample } from '../fixtures/hostile/hostileMarkup';

// The two XSS collections in <fixtures>/xss, read the same way by the unit corpus suite and the end-to-end one.

const dompurifyCases = z.array(z.object({ title: z.string().optional(), payload: z.string(), expected: z.unknown() }));

// DOMPurify's own test payloads, each one as a sample.
export async function dompurifyPayloads(fixtures: string): Promise<HostileSample[]> {
  const module: unknown = await import(pathToFileURL(join(fixtures, 'xss/dompurify-expect.mjs')).href);
  const cases = dompurifyCases.parse((module as { default: unknown }).default);
  return cases.map((entry, index) => ({
    name: `dompurify #${index}: ${entry.title ?? 'untitled'}`,
    html: entry.payload,
  }));
}

// H5SC vectors: each starts at its `<div id="N">` and runs to the last `</div>` before the next one.
export function h5scVectors(fixtures: string): HostileSample[] {
  return readFileSync(join(fixtures, 'xss/h5sc-vectors.txt'), 'utf8')
    .split(/(?=<div id="\d+">)/)
    .filter((chunk) => chunk.startsWith('<div id="'))
    .map((chunk) => {
      const id = /^<div id="(\d+)">/.exec(chunk)?.[1] ?? '?';
      return { name: `h5sc #${id}`, html: chunk.slice(0, chunk.lastIndexOf('</div>') + '</div>'.length) };
    });
}
