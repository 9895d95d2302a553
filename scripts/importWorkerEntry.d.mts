export declare const IMPORT_WORKER_NAME: 'importWorker';
export declare const IMPORT_WORKER_SOURCE: string;
