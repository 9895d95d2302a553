import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { ImportOptions, NormalizedImport } from '../../electron/core/import';
import type { HostileSample } from '../fixtures/hostile/hostileMarkup';
import { importBytes } from '../unit/import/importFixture';

// The real import files and hostile-HTML corpora kept beside the project, in ../shared/fixtures.
export const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures');
export const corpusPath = (path: string): string => join(CORPUS, path);

export const readCorpusFile = (path: string): Uint8Array => new Uint8Array(readFileSync(corpusPath(path)));

// Imported under its corpus path ("wxr/slashes.xml"), which is also the name messages give it.
export const importCorpusFile = (path: string, options: Partial<ImportOptions> = {}): Promise<NormalizedImport> =>
  importBytes(path, readCorpusFile(path), options);

const dompurifyCases = z.array(z.object({ title: z.string().optional(), payload: z.string(), expected: z.unknown() }));

// DOMPurify's own test payloads, each one as a sample.
export async function dompurifyPayloads(): Promise<HostileSample[]> {
  const module: unknown = await import(pathToFileURL(corpusPath('xss/dompurify-expect.mjs')).href);
  const cases = dompurifyCases.parse((module as { default: unknown }).default);
  return cases.map((entry, index) => ({
    name: `dompurify #${index}: ${entry.title ?? 'untitled'}`,
    html: entry.payload,
  }));
}

// H5SC vectors: each starts at its `<div id="N">` and runs to the last `</div>` before the next one.
export function h5scVectors(): HostileSample[] {
  return readFileSync(corpusPath('xss/h5sc-vectors.txt'), 'utf8')
    .split(/(?=<div id="\d+">)/)
    .filter((chunk) => chunk.startsWith('<div id="'))
    .map((chunk) => {
      const id = /^<div id="(\d+)">/.exec(chunk)?.[1] ?? '?';
      return { name: `h5sc #${id}`, html: chunk.slice(0, chunk.lastIndexOf('</div>') + '</div>'.length) };
    });
}
