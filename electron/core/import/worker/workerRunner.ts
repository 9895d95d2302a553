import { Worker } from 'node:worker_threads';
import type { Doc } from '../../shared/schema';
import type { NormalizedImport } from '../normalizedTypes';
import type { ImportRunner } from './importRunner';
import type { WorkerAnswer, WorkerRequest } from './importWorkerMessages';
import { fromWorkerFailure } from './workerFailure';

interface Pending {
  settle: (answer: WorkerAnswer) => void;
  fail: (error: Error) => void;
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Request = WithoutId<WorkerRequest>;

// Runs imports in one worker thread, started with the first import and kept for the next; while it has nothing to
// do it does not keep the process alive, so a CLI command ends when its import has.
export function workerRunner(script: URL): ImportRunner {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const started = (): Worker => {
    if (worker) return worker;
    const fresh = new Worker(script);
    fresh.on('message', (answer: WorkerAnswer) => pending.get(answer.id)?.settle(answer));
    // A worker that dies takes its requests with it; the next import starts another.
    const lost = (error: Error): void => {
      if (worker === fresh) worker = null;
      for (const entry of [...pending.values()]) entry.fail(error);
      pending.clear();
    };
    fresh.on('error', lost);
    fresh.on('exit', (code) => lost(new Error(`the import worker stopped (exit code ${code})`)));
    fresh.unref();
    worker = fresh;
    return fresh;
  };

  function ask(request: Request, onAnswer: (answer: WorkerAnswer) => boolean): Promise<void> {
    const thread = started();
    const id = nextId++;
    return new Promise<void>((resolve, reject) => {
      const finish = (): void => {
        pending.delete(id);
        if (pending.size === 0) thread.unref();
      };
      pending.set(id, {
        settle: (answer) => {
          if (answer.kind === 'failed') {
            finish();
            reject(fromWorkerFailure(answer.failure));
          } else if (onAnswer(answer)) {
            finish();
            resolve();
          }
        },
        fail: (error) => {
          finish();
          reject(error);
        },
      });
      thread.ref();
      thread.postMessage({ ...request, id } as WorkerRequest);
    });
  }

  return {
    prepare: () => void started(),
    async parse(input, options) {
      let result: NormalizedImport | null = null;
      const threads: NormalizedImport['threads'] = [];
      const request = {
        kind: 'parse' as const,
        name: input.name,
        data: input.data,
        format: options.format,
        identities: options.identities,
        known: options.known ?? [],
      };
      await ask(request, (answer) => {
        if (answer.kind === 'progress') options.onProgress?.(answer.done, answer.total);
        if (answer.kind === 'threads') threads.push(...answer.threads);
        if (answer.kind !== 'parsed') return false;
        result = { ...answer.result, threads };
        return true;
      });
      if (!result) throw new Error('the import worker gave no result');
      return result;
    },
    async postDocs(htmls) {
      let docs: Doc[] = [];
      await ask({ kind: 'post-docs', htmls }, (answer) => {
        if (answer.kind !== 'post-docs') return false;
        docs = answer.docs;
        return true;
      });
      return docs;
    },
  };
}
