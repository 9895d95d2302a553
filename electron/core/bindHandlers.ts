import { operationNames, operationParts, type OperationName } from './api';
import type { Handlers, ServicesFor } from './handlerTypes';

type LooseServices = Record<string, Record<string, unknown> | undefined>;
type LooseHandler = (input: never) => unknown;

// Every operation the written handlers leave out is its namespace's service method of the same name;
// the compiler refuses services that lack one.
export function bindHandlers<W extends Partial<Handlers>>(
  services: ServicesFor<Exclude<OperationName, keyof W>>,
  written: W & { [K in Exclude<keyof W, OperationName>]: never },
): Handlers {
  const handlers: Partial<Record<OperationName, LooseHandler>> = {};
  for (const name of operationNames) {
    const own = (written as Partial<Record<OperationName, LooseHandler>>)[name];
    handlers[name] = own ?? serviceMethod(services as unknown as LooseServices, name);
  }
  return handlers as Handlers;
}

function serviceMethod(services: LooseServices, name: OperationName): LooseHandler {
  const [namespace, method] = operationParts(name);
  const service = services[namespace];
  const fn = service?.[method];
  if (typeof fn !== 'function') throw new Error(`Kanal has no handler for ${name}.`);
  return (input) => (fn as (input: unknown) => unknown).call(service, input);
}
