import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importFormatSchema, type ImportSummary } from '../../core/api';
import type { SkipReason } from '../../core/shared/importTypes';
import type { Kanal } from '../../core/openKanal';
import { CliError } from '../cliError';
import { printJson, printLines } from '../output';
import { plural } from '../plural';

const PROGRESS_FROM_BYTES = 2 * 1024 * 1024;

// Exit code 1 when any file was refused; the others still import, each as its own transaction.
export async function importCommand(kanal: Kanal, paths: string[], format: string, json: boolean): Promise<number> {
  if (!paths.length) throw new CliError('Usage: kanal import <file...> [--format auto|wxr|disqus|blogger|wp-html|text] [--json]');
  const parsedFormat = importFormatSchema.safeParse(format);
  if (!parsedFormat.success) throw new CliError(`Unknown format "${format}"; use auto, wxr, disqus, blogger, wp-html or text.`);
  const files = [];
  for (const path of paths) {
    try {
      files.push({ name: basename(path), data: new Uint8Array(await readFile(path)) });
    } catch (error) {
      throw new CliError(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, 1);
    }
  }
  const total = files.reduce((sum, f) => sum + f.data.byteLength, 0);
  const showProgress = total >= PROGRESS_FROM_BYTES;
  const summary = await kanal.services.imports.run(files, parsedFormat.data, showProgress ? reportProgress : undefined);
  if (showProgress) process.stderr.write(`\rImporting: 100%\n`);
  if (json) printJson(summary);
  else printLines(describe(summary));
  return summary.errors.some((e) => e.refused) ? 1 : 0;
}

const reportProgress = (done: number, total: number): void => {
  process.stderr.write(`\rImporting: ${Math.floor((done / Math.max(total, 1)) * 100)}%`);
};

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
    ...summary.threads.map((t) => `${t.title}: ${t.added} new of ${plural(t.comments, 'comment')}, ${t.needsReply} to answer${t.newPost ? ' (new post)' : ''}`),
    `Dropped: ${skipped.length ? skipped.map(([reason, n]) => describeSkip(reason as SkipReason, n)).join(', ') : 'none'}`,
    ...summary.errors.map((e) => `${e.refused ? 'Refused' : 'Warning'}: ${e.message}`),
  ];
}
