import {
  operationNames,
  operationParts,
  type Envelope,
  type KanalApi,
  type KanalBridge,
  type OperationName,
} from '../api';

type ByNamespace<F> = Record<string, Record<string, F>>;

// One function per operation of the contract, as api.posts.save: the loop every caller of the contract shares.
function byNamespace<F>(make: (name: OperationName) => F): ByNamespace<F> {
  const grouped: ByNamespace<F> = {};
  for (const name of operationNames) {
    const [namespace, method] = operationParts(name);
    (grouped[namespace] ??= {})[method] = make(name);
  }
  return grouped;
}

// Calls that resolve to the result and reject with the error (the renderer's api, the CLI).
export const contractApi = (call: (name: OperationName, input: unknown) => Promise<unknown>): KanalApi =>
  byNamespace((name) => (input: unknown) => call(name, input)) as unknown as KanalApi;

// Calls that resolve to the envelope, as the preload hands them to the page.
export const contractBridge = (
  call: (name: OperationName, input: unknown) => Promise<Envelope<unknown>>,
): KanalBridge => byNamespace((name) => (input: unknown) => call(name, input)) as unknown as KanalBridge;
