// The import worker's source and the name every build gives its script; each entry that imports finds it beside itself.
export const IMPORT_WORKER_NAME = 'importWorker';
export const IMPORT_WORKER_SOURCE = 'electron/core/import/worker/importWorker.ts';
