import { systemDeps, type Deps } from './deps';
import {
  browserTransport,
  createHandlers,
  createServices,
  type Handlers,
  type Services,
  type TransportHandlers,
} from './handlers';
import { Library } from './store/library';

export interface Kanal {
  library: Library;
  handlers: Handlers;
  services: Services;
  close(): Promise<void>;
}

// Opens the author's library (as its single writer unless read-only) and wires every operation over it.
// A transport that needs the services (the desktop's save dialog exports first) gets them.
export async function openKanal(
  dataFile: string,
  options: { deps?: Deps; transport?: (services: Services) => TransportHandlers; readOnly?: boolean } = {},
): Promise<Kanal> {
  const deps = options.deps ?? systemDeps();
  const library = await Library.open(dataFile, { now: deps.now, readOnly: options.readOnly ?? false });
  const services = createServices(library, deps);
  if (!options.readOnly) await services.posts.purgeOldDeleted();
  return {
    library,
    services,
    handlers: createHandlers(library, services, options.transport?.(services) ?? browserTransport),
    close: () => library.close(),
  };
}
