import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportFormat, ImportSummary } from '../../../electron/core/api';
import { api } from '../../lib/api';
import { ApiError, errorMessage } from '../../lib/apiError';

export interface ImportFile {
  name: string;
  data: Uint8Array<ArrayBuffer>;
}

export type ImportRun =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'finished'; summary: ImportSummary }
  | { phase: 'failed'; message: string };

const POLL_MS = 200;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Starts an import in the core and follows its progress until the summary is ready.
export const useImportJob = (onFinished: (summary: ImportSummary) => void) => {
  const [run, setRun] = useState<ImportRun>({ phase: 'idle' });
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const start = useCallback(
    async (files: ImportFile[], format: ImportFormat) => {
      setRun({ phase: 'running', done: 0, total: files.reduce((sum, file) => sum + file.data.byteLength, 0) });
      try {
        let job = await api.imports.start({ files, format });
        while (job.state === 'running' && live.current) {
          setRun({ phase: 'running', done: job.done, total: job.total });
          await wait(POLL_MS);
          job = await api.imports.status({ jobId: job.jobId });
        }
        if (!live.current) return;
        if (!job.summary) throw new ApiError('no-summary', 'The import ended without a summary.');
        setRun({ phase: 'finished', summary: job.summary });
        onFinished(job.summary);
      } catch (error) {
        if (live.current) setRun({ phase: 'failed', message: errorMessage(error) });
      }
    },
    [onFinished],
  );
  const reset = useCallback(() => setRun({ phase: 'idle' }), []);
  return { run, start, reset };
};
