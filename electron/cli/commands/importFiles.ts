import { basename } from 'node:path';
import type { ImportFormat, ImportSummary, KanalApi } from '../../core/api';
import { KanalError } from '../../core/errors';
import { tooBigFile } from '../../core/import/tooBigFile';
import { namedFileSize, readNamedFile } from '../readableFile';
import { followImport } from '../../core/shared/followImport';
import { MAX_IMPORT_BYTES } from '../../core/shared/limits';
import { addSkipCounts, emptySkipCounts } from '../../core/import/normalize/skipCounts';
import type { SkipReason } from '../../core/shared/importTypes';
import type { OpenLibrary } from '../openLibrary';
import { printJson, printLines } from '../output';
import { plural } from '../plural';

const PROGRESS_FROM_BYTES = 2 * 1024 * 1024;
const PROGRESS_EVERY_MS = 250;

interface ImportFile {
  name: string;
  data: Uint8Array<ArrayBuffer>;
}

// Exit code 1 when any file was refused; the others still import, each as its own transaction.
export async function importCommand(
  { api }: OpenLibrary,
  paths: string[],
  options: { format: ImportFormat; json: boolean },
): Promise<number> {
  const summary: ImportSummary = { threads: [], skipped: emptySkipCounts(), errors: [] };
  const files = await readFiles(paths, summary);
  const total = files.reduce((sum, f) => sum + f.data.byteLength, 0);
  const showProgress = total >= PROGRESS_FROM_BYTES;
  let before = 0;
  for (const file of files) {
    const reportProgress = (done: number) =>
      showProgress && process.stderr.write(`\rImporting: ${Math.floor(((before + done) / total) * 100)}%`);
    add(summary, await importFile(api, file, options.format, reportProgress));
    before += file.data.byteLength;
  }
  if (showProgress) process.stderr.write(`\rImporting: 100%\n`);
  if (options.json) printJson(summary);
  else printLines(describe(summary));
  return summary.errors.some((e) => e.refused) ? 1 : 0;
}

// The files small enough to import; one too big is refused in the summary without being read.
async function readFiles(paths: string[], summary: ImportSummary): Promise<ImportFile[]> {
  const files = [];
  for (const path of paths) {
    const name = basename(path);
    const size = await namedFileSize(path);
    if (size > MAX_IMPORT_BYTES) {
      const refusal = tooBigFile(name, size);
      summary.errors.push({
        file: name,
        message: refusal.message,
        refused: true,
        code: refusal.code,
        params: refusal.params,
      });
      continue;
    }
    files.push({ name, data: new Uint8Array(await readNamedFile(path)) });
  }
  return files;
}

// One job per file, followed as the renderer follows it; a file the contract turns away is refused like any other.
async function importFile(
  api: KanalApi,
  file: ImportFile,
  format: ImportFormat,
  onProgress: (done: number) => void,
): Promise<ImportSummary> {
  let job;
  try {
    job = await api.imports.start({ files: [file], format });
  } catch (error) {
    if (!(error instanceof KanalError)) throw error;
    return {
      threads: [],
      skipped: emptySkipCounts(),
      errors: [{ file: file.name, message: error.message, refused: true }],
    };
  }
  return followImport(api.imports, job, { waitMs: PROGRESS_EVERY_MS, onProgress: ({ done }) => onProgress(done) });
}

function add(into: ImportSummary, more: ImportSummary): void {
  into.threads.push(...more.threads);
  addSkipCounts(into.skipped, more.skipped);
  into.errors.push(...more.errors);
}

const SKIP_WORDS: Record<SkipReason, [string, string]> = {
  spam: ['spam comment', 'spam comments'],
  trash: ['trashed comment', 'trashed comments'],
  deleted: ['deleted comment', 'deleted comments'],
  note: ['note', 'notes'],
  duplicate: ['duplicate', 'duplicates'],
  missingThread: ['comment without its post', 'comments without their post'],
};
const describeSkip = (reason: SkipReason, n: number): string => plural(n, ...SKIP_WORDS[reason]);

function describe(summary: ImportSummary): string[] {
  const skipped = Object.entries(summary.skipped).filter(([, n]) => n > 0);
  return [
    ...summary.threads.map(
      (t) =>
        `${t.title}: ${t.added} new of ${plural(t.comments, 'comment')}, ${t.needsReply} to answer${t.newPost ? ' (new post)' : ''}`,
    ),
    `Dropped: ${skipped.length ? skipped.map(([reason, n]) => describeSkip(reason as SkipReason, n)).join(', ') : 'none'}`,
    ...summary.errors.map((e) => `${e.refused ? 'Refused' : 'Warning'}: ${e.message}`),
  ];
}
