import type { OperationName } from '../../electron/core/api';

// Sends one operation by name and resolves to its unwrapped result.
export type Transport = (name: OperationName, input: unknown) => Promise<unknown>;
