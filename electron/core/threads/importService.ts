import type { ImportFormat, ImportJob, ImportSummary } from '../api';
import type { Deps } from '../deps';
import { notFound } from '../errors';
import type { ServiceOf } from '../handlerTypes';
import { loadImportFiles } from '../heavyModules';
import { emptySkipCounts } from '../import/normalize/skipCounts';
import type { Library } from '../store/library';
import type { ImportFile } from './importFiles';

const FINISHED_JOBS_KEPT = 20;

interface JobEntry {
  job: ImportJob;
  finished: Promise<void>;
}

// Imports run as jobs so a caller can follow progress while big files parse.
export function importService(library: Library, deps: Deps) {
  const jobs = new Map<string, JobEntry>();

  // importFiles turns every failure of a file into a summary error; only loading it can fail as a whole.
  async function run(files: ImportFile[], format: ImportFormat, job: ImportJob): Promise<ImportSummary> {
    try {
      const importFiles = await loadImportFiles();
      return await importFiles(library, deps, files, format, (done) => {
        job.done = done;
      });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      const message = `Kanal could not import, and nothing was kept: ${detail}`;
      return {
        threads: [],
        skipped: emptySkipCounts(),
        errors: files.map((file) => ({ file: file.name, message, refused: true, code: 'failed', params: { detail } })),
      };
    }
  }

  function forgetOldJobs(): void {
    const finished = [...jobs.values()].filter((entry) => entry.job.state === 'done');
    for (const old of finished.slice(0, Math.max(0, finished.length - FINISHED_JOBS_KEPT))) jobs.delete(old.job.jobId);
  }

  return {
    start(input) {
      const job: ImportJob = {
        jobId: deps.newId(),
        state: 'running',
        done: 0,
        total: input.files.reduce((sum, f) => sum + f.data.byteLength, 0),
        summary: null,
      };
      const finished = run(input.files, input.format, job).then((summary) => {
        job.summary = summary;
        job.state = 'done';
        forgetOldJobs();
      });
      jobs.set(job.jobId, { job, finished });
      return snapshot(job);
    },

    async status(input) {
      const entry = jobs.get(input.jobId);
      if (!entry) throw notFound('import', input.jobId);
      if (input.waitMs && entry.job.state === 'running') await settledWithin(entry.finished, input.waitMs);
      return snapshot(entry.job);
    },
  } satisfies ServiceOf<'imports'>;
}

const snapshot = (job: ImportJob): ImportJob => ({
  jobId: job.jobId,
  state: job.state,
  done: job.done,
  total: job.total,
  summary: job.summary,
});

async function settledWithin(promise: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([promise, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}
