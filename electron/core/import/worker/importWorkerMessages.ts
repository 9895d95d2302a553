import type { ImportErrorCode, ImportErrorParams } from '../../shared/importErrorCodes';
import type { Doc, ImportDigest } from '../../shared/schema';
import type { AuthorIdentities, ImportFormatOption, NormalizedImport, NormalizedThread } from '../normalizedTypes';

// What the main process and the import worker say to each other; every request carries an id its answers repeat.

export type WorkerRequest =
  | {
      id: number;
      kind: 'parse';
      name: string;
      data: Uint8Array;
      format: ImportFormatOption;
      identities: AuthorIdentities;
      known: ImportDigest[];
    }
  | { id: number; kind: 'post-docs'; htmls: string[] };

// A failure as it crosses the thread boundary: a refused file keeps its code, anything else only its message.
export type WorkerFailure =
  | { refused: true; fileName: string; code: ImportErrorCode; problem: string; params: ImportErrorParams }
  | { refused: false; message: string };

export type WorkerAnswer =
  | { id: number; kind: 'progress'; done: number; total: number }
  // A parsed file's threads come a batch at a time, so the main process never reads one huge message at once.
  | { id: number; kind: 'threads'; threads: NormalizedThread[] }
  | { id: number; kind: 'parsed'; result: NormalizedImport }
  | { id: number; kind: 'post-docs'; docs: Doc[] }
  | { id: number; kind: 'failed'; failure: WorkerFailure };
