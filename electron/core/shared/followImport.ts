import type { ImportJob, ImportSummary } from '../api';

interface ImportStatus {
  status(input: { jobId: string; waitMs: number }): ImportJob | Promise<ImportJob>;
}

// Follows a started import to its summary, asking every `waitMs` at most and hearing progress in between.
export async function followImport(
  imports: ImportStatus,
  started: ImportJob,
  options: { waitMs: number; onProgress?: (job: ImportJob) => void },
): Promise<ImportSummary> {
  let job = started;
  while (job.state === 'running') {
    job = await imports.status({ jobId: job.jobId, waitMs: options.waitMs });
    if (job.state === 'running') options.onProgress?.(job);
  }
  if (!job.summary) throw new Error('The import ended without a summary.');
  return job.summary;
}
