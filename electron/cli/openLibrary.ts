import type { KanalApi } from '../core/api';
import { resolveDataFile } from '../core/defaultDataFile';
import { dispatch } from '../core/dispatch';
import { KanalError } from '../core/errors';
import type { Handlers } from '../core/handlers';
import { openKanal } from '../core/openKanal';
import { contractApi } from '../core/shared/contractCallers';
import { traceNewLibrary } from './newLibraryTrace';
import { isSystemError, plainSystemError } from './plainErrors';

export interface OpenLibrary {
  // The contract's operations over this library, each through dispatch like IPC and HTTP calls.
  api: KanalApi;
  handlers: Handlers;
  close(): Promise<void>;
  // After a failed command: closes, and removes the library again if this command made it and it holds nothing.
  closeAfterFailure(): Promise<void>;
}

// Listings and exports only read, so they work while the app has the library open; imports and serve write.
export async function openLibrary(dataFlag: string | undefined, access: 'read' | 'write'): Promise<OpenLibrary> {
  const dataFile = resolveDataFile(dataFlag);
  const trace = access === 'write' ? traceNewLibrary(dataFile) : null;
  const kanal = await openKanal(dataFile, { readOnly: access === 'read' }).catch((error: unknown) => {
    // A library another program holds is theirs, even if it was made a moment ago.
    if (!(error instanceof KanalError && error.code === 'locked')) trace?.removeCreated();
    throw isSystemError(error) ? plainSystemError(error, { file: dataFile, doing: 'open' }) : error;
  });
  const api = contractApi(async (name, input) => {
    const answer = await dispatch(kanal.handlers, name, input);
    if (!answer.ok) throw new KanalError(answer.error.code, answer.error.message);
    return answer.value;
  });
  await printNotices(api);
  const close = () => kanal.close();
  return {
    api,
    handlers: kanal.handlers,
    close,
    async closeAfterFailure() {
      const unused = trace !== null && (await isEmpty(api));
      await close();
      if (unused) trace.removeCreated();
    },
  };
}

// A library with no post and no thread holds nothing the author made.
async function isEmpty(api: KanalApi): Promise<boolean> {
  const [posts, threads] = await Promise.all([api.posts.list({}), api.threads.list({})]);
  return posts.length === 0 && threads.length === 0;
}

// What the library has to tell the author on opening (a data file set aside), one line each on stderr.
async function printNotices(api: KanalApi): Promise<void> {
  const { notices } = await api.library.status({});
  for (const notice of notices) process.stderr.write(`kanal: ${notice.message.replace(/\s+/g, ' ')}\n`);
}
