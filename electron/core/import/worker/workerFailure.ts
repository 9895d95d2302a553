import { ImportFileError } from '../ImportFileError';
import type { WorkerFailure } from './importWorkerMessages';

export function toWorkerFailure(error: unknown): WorkerFailure {
  if (error instanceof ImportFileError)
    return { refused: true, fileName: error.fileName, code: error.code, problem: error.problem, params: error.params };
  return { refused: false, message: error instanceof Error ? error.message : String(error) };
}

// The same error on this side of the boundary, so the summary reads as it does for an import in one thread.
export function fromWorkerFailure(failure: WorkerFailure): Error {
  if (failure.refused) return new ImportFileError(failure.fileName, failure.code, failure.problem, failure.params);
  return new Error(failure.message);
}
