import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_STATUS_WAIT_MS } from '../../../electron/core/api';
import { dispatch } from '../../../electron/core/dispatch';
import { followImport } from '../../../electron/core/shared/followImport';
import { useTempKanal } from '../../helpers/useTempKanal';

const ctx = useTempKanal();
const pasted = {
  name: 'p.txt',
  data: new TextEncoder().encode(
    'Rubrik\n\nText.\n\n2 thoughts on “Rubrik”\n\n1. Hej!\n\nReply\n\n2. Hallå!\n\nReply\n\nLeave a Reply',
  ),
};
const call = async (name: string, input: unknown) => {
  const answer = await dispatch(ctx.kanal().handlers, name, input);
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as {
    jobId: string;
    state: string;
    summary: { threads: { title: string; comments: number }[] } | null;
  };
};

describe('import jobs through the contract', () => {
  it('answers a status at once without waitMs, and holds it back until the job is done with it', async () => {
    const job = await call('imports.start', { files: [pasted], format: 'text' });
    expect((await call('imports.status', { jobId: job.jobId })).state).toBe('running');
    let status = await call('imports.status', { jobId: job.jobId, waitMs: MAX_IMPORT_STATUS_WAIT_MS });
    // A slow machine may need more than one wait; none answers early with the job still running.
    for (let i = 0; i < 10 && status.state === 'running'; i++) {
      const asked = performance.now();
      status = await call('imports.status', { jobId: job.jobId, waitMs: MAX_IMPORT_STATUS_WAIT_MS });
      if (status.state === 'running') expect(performance.now() - asked).toBeGreaterThan(MAX_IMPORT_STATUS_WAIT_MS - 50);
    }
    expect(status.summary?.threads[0]).toMatchObject({ title: 'Rubrik', comments: 2 });
  });

  it('refuses a wait longer than the contract allows', async () => {
    const job = await call('imports.start', { files: [pasted], format: 'text' });
    const answer = await dispatch(ctx.kanal().handlers, 'imports.status', {
      jobId: job.jobId,
      waitMs: MAX_IMPORT_STATUS_WAIT_MS + 1,
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    // The job itself goes on; let it finish before the library closes.
    await followImport(ctx.kanal().services.imports, await ctx.kanal().services.imports.status({ jobId: job.jobId }), {
      waitMs: MAX_IMPORT_STATUS_WAIT_MS,
    });
  });
});
