import type { ImportError, ImportFormat, ImportJob, ImportSummary } from '../api';
import type { Deps } from '../deps';
import { notFound } from '../errors';
import { emptySkipCounts, ImportFileError, parseImportFile } from '../import';
import type { SkipCounts } from '../shared/importTypes';
import type { Library } from '../store/library';
import { applyImport } from './applyImport';

export interface ImportFile {
  name: string;
  data: Uint8Array;
}

const FINISHED_JOBS_KEPT = 20;

// Imports run as jobs so a caller can poll progress while big files parse; files go one after another.
export function importService(library: Library, deps: Deps) {
  const jobs = new Map<string, ImportJob>();

  async function importFiles(files: ImportFile[], format: ImportFormat, job: ImportJob): Promise<ImportSummary> {
    const summary: ImportSummary = { threads: [], skipped: emptySkipCounts(), errors: [] };
    let before = 0;
    for (const file of files) {
      try {
        const parsed = await parseImportFile(file, {
          format,
          identities: { names: library.data.settings.authorNames, emails: library.data.settings.authorEmails },
          onProgress: (done) => {
            job.done = before + done;
          },
        });
        summary.threads.push(...(await applyImport(library, deps, parsed, file.name)));
        for (const reason of Object.keys(summary.skipped) as (keyof SkipCounts)[]) {
          summary.skipped[reason] += parsed.skipped[reason];
        }
        for (const warning of parsed.warnings) summary.errors.push({ file: file.name, message: warning, refused: false });
      } catch (error) {
        summary.errors.push(describeFailure(file.name, error));
      }
      before += file.data.byteLength;
      job.done = before;
    }
    return summary;
  }

  function forgetOldJobs(): void {
    const finished = [...jobs.values()].filter((j) => j.state === 'done');
    for (const old of finished.slice(0, Math.max(0, finished.length - FINISHED_JOBS_KEPT))) jobs.delete(old.jobId);
  }

  return {
    start(input: { files: ImportFile[]; format: ImportFormat }): ImportJob {
      const job: ImportJob = {
        jobId: deps.newId(),
        state: 'running',
        done: 0,
        total: input.files.reduce((sum, f) => sum + f.data.byteLength, 0),
        summary: null,
      };
      jobs.set(job.jobId, job);
      // importFiles turns every failure into a summary error, so this promise does not reject.
      void importFiles(input.files, input.format, job).then((summary) => {
        job.summary = summary;
        job.state = 'done';
        forgetOldJobs();
      });
      return snapshot(job);
    },

    status(input: { jobId: string }): ImportJob {
      const job = jobs.get(input.jobId);
      if (!job) throw notFound('import', input.jobId);
      return snapshot(job);
    },

    // The CLI waits for the whole import in one call.
    async run(files: ImportFile[], format: ImportFormat, onProgress?: (done: number, total: number) => void): Promise<ImportSummary> {
      const total = files.reduce((sum, f) => sum + f.data.byteLength, 0);
      const job: ImportJob = { jobId: deps.newId(), state: 'running', done: 0, total, summary: null };
      const timer = onProgress ? setInterval(() => onProgress(job.done, total), 250) : null;
      try {
        return await importFiles(files, format, job);
      } finally {
        if (timer) clearInterval(timer);
      }
    },
  };
}

const snapshot = (job: ImportJob): ImportJob => ({
  jobId: job.jobId,
  state: job.state,
  done: job.done,
  total: job.total,
  summary: job.summary,
});

function describeFailure(file: string, error: unknown): ImportError {
  if (error instanceof ImportFileError) return { file, message: error.message, refused: true };
  return {
    file,
    message: `${file} could not be imported, and nothing from it was kept: ${error instanceof Error ? error.message : String(error)}`,
    refused: true,
  };
}
