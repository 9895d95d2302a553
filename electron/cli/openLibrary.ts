import type { KanalApi } from '../core/api';
import { resolveDataFile } from '../core/defaultDataFile';
import { dispatch } from '../core/dispatch';
import { KanalError } from '../core/errors';
import type { Handlers } from '../core/handlers';
import { openKanal } from '../core/openKanal';
import { contractApi } from '../core/shared/contractCallers';

export interface OpenLibrary {
  // The contract's operations over this library, each through dispatch like IPC and HTTP calls.
  api: KanalApi;
  handlers: Handlers;
  close(): Promise<void>;
}

// Listings and exports only read, so they work while the app has the library open; imports and serve write.
export async function openLibrary(dataFlag: string | undefined, access: 'read' | 'write'): Promise<OpenLibrary> {
  const kanal = await openKanal(resolveDataFile(dataFlag), { readOnly: access === 'read' });
  const api = contractApi(async (name, input) => {
    const answer = await dispatch(kanal.handlers, name, input);
    if (!answer.ok) throw new KanalError(answer.error.code, answer.error.message);
    return answer.value;
  });
  await printNotices(api);
  return { api, handlers: kanal.handlers, close: () => kanal.close() };
}

// What the library has to tell the author on opening (a data file set aside), one line each on stderr.
async function printNotices(api: KanalApi): Promise<void> {
  const { notices } = await api.library.status({});
  for (const notice of notices) process.stderr.write(`kanal: ${notice.message.replace(/\s+/g, ' ')}\n`);
}
