import { systemDeps, type Deps } from './deps';
import { browserTransport, createHandlers, createServices, type Handlers, type TransportHandlers } from './handlers';
import { Library } from './store/library';

export interface Kanal {
  library: Library;
  handlers: Handlers;
  services: ReturnType<typeof createServices>;
  close(): Promise<void>;
}

// Opens the author's library (as its single writer unless read-only) and wires every operation over it.
export async function openKanal(
  dataFile: string,
  options: { deps?: Deps; transport?: TransportHandlers; readOnly?: boolean } = {},
): Promise<Kanal> {
  const deps = options.deps ?? systemDeps();
  const library = await Library.open(dataFile, { now: deps.now, readOnly: options.readOnly ?? false });
  const services = createServices(library, deps);
  if (!options.readOnly) await services.posts.purgeOldDeleted();
  return {
    library,
    services,
    handlers: createHandlers(library, services, options.transport ?? browserTransport),
    close: () => library.close(),
  };
}
