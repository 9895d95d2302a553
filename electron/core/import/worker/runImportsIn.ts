import type { ImportRunner } from './importRunner';

let workerScript: URL | null = null;

// The desktop app, the CLI and the HTTP host name their built worker script once at start; without one (unit tests
// on the sources) imports run in the calling thread.
export function runImportsInWorker(script: URL): void {
  workerScript = script;
}

let runner: Promise<ImportRunner> | null = null;

export function importRunner(): Promise<ImportRunner> {
  const script = workerScript;
  runner ??= script
    ? import('./workerRunner').then((m) => m.workerRunner(script))
    : import('./inThreadRunner').then((m) => m.inThreadRunner);
  return runner;
}
