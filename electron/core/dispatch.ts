import * as z from 'zod';
import { failure, operations, type Envelope, type OperationName } from './api';
import { KanalError } from './errors';
import type { Handlers } from './handlerTypes';

const isOperation = (name: string): name is OperationName => Object.hasOwn(operations, name);

// The one entry every transport uses: unknown name or bad input gets a clear error, never a crash.
export async function dispatch(handlers: Handlers, name: string, rawInput: unknown): Promise<Envelope<unknown>> {
  if (!isOperation(name))
    return failure('unknown-operation', `There is no operation called ${JSON.stringify(name).slice(0, 80)}.`);
  const parsed = parseInput(name, rawInput);
  if (!parsed) return failure('invalid-input', `The input for ${name} is nested too deeply.`);
  if (!parsed.success) return failure('invalid-input', describeInvalid(name, parsed.error));
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof KanalError) return failure(error.code, error.message);
    if (error instanceof Error && error.name === 'ContentError') return failure('invalid-input', error.message);
    console.error(`kanal: ${name} failed:`, error);
    return failure('internal', `Kanal could not do ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// zod validates recursive shapes (post bodies) recursively: input nested past the stack is refused, not thrown.
function parseInput(name: OperationName, rawInput: unknown) {
  try {
    return operations[name].input.safeParse(rawInput ?? {});
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

function describeInvalid(name: string, error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue && issue.path.length ? ` (${issue.path.join('.')})` : '';
  return `Invalid input for ${name}${where}: ${issue?.message ?? 'not accepted'}`;
}
