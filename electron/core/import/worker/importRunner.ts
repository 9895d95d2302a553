import type { Doc } from '../../shared/schema';
import type { ImportInput, ImportOptions, NormalizedImport } from '../normalizedTypes';

// Where an import's heavy work runs: reading, parsing, normalizing and sanitizing a file, and turning the HTML of
// posts new to the library into documents. The main process only merges and commits what comes back.
export interface ImportRunner {
  parse(input: ImportInput, options: ImportOptions): Promise<NormalizedImport>;
  // One document per HTML, in order; throws if any of them cannot be one (then nothing of the file is kept).
  postDocs(htmls: string[]): Promise<Doc[]>;
  // Gets ready ahead of the first import (a worker started and its modules loaded), for a process that keeps running.
  prepare(): void;
}
