import { parentPort } from 'node:worker_threads';
import type { NormalizedThread } from '../normalizedTypes';
import type { WorkerAnswer, WorkerRequest } from './importWorkerMessages';
import { inThreadRunner } from './inThreadRunner';
import { toWorkerFailure } from './workerFailure';

// The import worker's entry: answers each request of the main process with the in-thread runner's result.
const port = parentPort;
if (!port) throw new Error('The import worker runs only as a worker thread.');

const answer = (message: WorkerAnswer): void => port.postMessage(message);

// About as many comments per message as the main process reads back within a few milliseconds.
const COMMENTS_PER_MESSAGE = 500;

function sendThreads(id: number, threads: NormalizedThread[]): void {
  let batch: NormalizedThread[] = [];
  let comments = 0;
  for (const thread of threads) {
    batch.push(thread);
    comments += thread.comments.length + 1;
    if (comments < COMMENTS_PER_MESSAGE) continue;
    answer({ id, kind: 'threads', threads: batch });
    batch = [];
    comments = 0;
  }
  if (batch.length > 0) answer({ id, kind: 'threads', threads: batch });
}

async function handle(request: WorkerRequest): Promise<WorkerAnswer> {
  if (request.kind === 'post-docs')
    return { id: request.id, kind: 'post-docs', docs: await inThreadRunner.postDocs(request.htmls) };
  const result = await inThreadRunner.parse(
    { name: request.name, data: request.data },
    {
      format: request.format,
      identities: request.identities,
      known: request.known,
      onProgress: (done, total) => answer({ id: request.id, kind: 'progress', done, total }),
    },
  );
  sendThreads(request.id, result.threads);
  return { id: request.id, kind: 'parsed', result: { ...result, threads: [] } };
}

port.on('message', (request: WorkerRequest) => {
  handle(request).then(answer, (error: unknown) =>
    answer({ id: request.id, kind: 'failed', failure: toWorkerFailure(error) }),
  );
});
