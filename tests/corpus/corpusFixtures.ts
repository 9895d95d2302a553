import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportOptions, NormalizedImport } from '../../electron/core/import';
import type { HostileSample } from '../fixtures/hostile/hostileMarkup';
import { importBytes } from '../unit/import/importFixture';
import { dompurifyPayloads as loadDompurifyPayloads, h5scVectors as loadH5scVectors } from './xssCorpus';

// The real import files and hostile-HTML corpora kept beside the project, in ../shared/fixtures.
export const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures');
export const corpusPath = (path: string): string => join(CORPUS, path);

export const readCorpusFile = (path: string): Uint8Array => new Uint8Array(readFileSync(corpusPath(path)));

// Imported under its corpus path ("wxr/slashes.xml"), which is also the name messages give it.
export const importCorpusFile = (path: string, options: Partial<ImportOptions> = {}): Promise<NormalizedImport> =>
  importBytes(path, readCorpusFile(path), options);

// DOMPurify's own test payloads and the H5SC vectors, each one as a sample.
export const dompurifyPayloads = (): Promise<HostileSample[]> => loadDompurifyPayloads(CORPUS);
export const h5scVectors = (): HostileSample[] => loadH5scVectors(CORPUS);
