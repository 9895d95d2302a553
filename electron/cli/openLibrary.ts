import type { KanalApi } from '../core/api';
import type { Handlers } from '../core/handlers';

export interface OpenLibrary {
  // The contract's operations over this library, each through dispatch like IPC and HTTP calls.
  api: KanalApi;
  handlers: Handlers;
  close(): Promise<void>;
}

// Listings and exports only read, so they work while the app has the library open; imports and serve write.
export async function openLibrary(dataFlag: string | undefined, access: 'read' | 'write'): Promise<OpenLibrary> {
  const [{ resolveDataFile }, { openKanal }, { dispatch }, { contractApi }, { KanalError }] = await Promise.all([
    import('../core/defaultDataFile'),
    import('../core/openKanal'),
    import('../core/dispatch'),
    import('../core/shared/contractCallers'),
    import('../core/errors'),
  ]);
  const kanal = await openKanal(resolveDataFile(dataFlag), { readOnly: access === 'read' });
  const api = contractApi(async (name, input) => {
    const answer = await dispatch(kanal.handlers, name, input);
    if (!answer.ok) throw new KanalError(answer.error.code, answer.error.message);
    return answer.value;
  });
  return { api, handlers: kanal.handlers, close: () => kanal.close() };
}
