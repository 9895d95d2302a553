import type {
  Method,
  Namespace,
  OperationName,
  OperationParsedInput,
  OperationResult,
  TransportOperationName,
} from './api';

// What carries out one operation, given input the contract has already checked.
export type Handler<N extends OperationName> = (
  input: OperationParsedInput<N>,
) => OperationResult<N> | Promise<OperationResult<N>>;

export type Handlers = { [N in OperationName]: Handler<N> };

// The operations of namespace NS among Names, keyed by method: `posts.save` is `save` of `posts`.
export type NamespaceHandlers<NS extends string, Names extends OperationName = OperationName> = {
  [N in Names as Method<N, NS>]: Handler<N>;
};

// A domain service: any operations of its namespace (typed by the contract) and whatever else it needs itself.
export type ServiceOf<NS extends Namespace<OperationName>> = Partial<NamespaceHandlers<NS>> & Record<string, unknown>;

// The services that carry every operation in Bound, each under its namespace.
export type ServicesFor<Bound extends OperationName> = { [NS in Namespace<Bound>]: NamespaceHandlers<NS, Bound> };

// Transports supply what only they can do (a native save dialog, closing the desktop window).
export type TransportHandlers = { [N in TransportOperationName]: Handler<N> };
