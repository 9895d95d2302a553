import type { Envelope } from '../../electron/core/api';
import { ApiError } from './apiError';

const isEnvelope = (value: unknown): value is Envelope<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';

// Turns a transport's envelope into the value, or throws the error it carries.
export const unwrapEnvelope = (value: unknown): unknown => {
  if (!isEnvelope(value)) throw new ApiError('bad-response', 'Kanal answered with something it did not understand.');
  if (value.ok) return value.value;
  throw new ApiError(value.error.code, value.error.message);
};
