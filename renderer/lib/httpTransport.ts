import { autosaveOperationNames } from '../../electron/core/api';
import { decodeWire, encodeWire } from '../../electron/core/shared/wire';
import { ApiError } from './apiError';
import { unwrapEnvelope } from './envelope';
import { forgetSessionToken } from './sessionToken';
import type { Transport } from './transport';

// Browsers cap keepalive request bodies at 64 KB in total.
const KEEPALIVE_LIMIT = 60 * 1024;

// Browser mode: POST /api/<operation> to the `kanal serve` host, which checks the token.
export const httpTransport =
  (token: string): Transport =>
  async (name, input) => {
    const body = encodeWire(input);
    const keepalive = autosaveOperationNames.has(name) && new TextEncoder().encode(body).byteLength < KEEPALIVE_LIMIT;
    let response: Response;
    try {
      response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-kanal-token': token },
        body,
        keepalive,
      });
    } catch {
      throw new ApiError('unreachable', 'Kanal’s host does not answer. Is `kanal serve` still running?');
    }
    if (response.status === 401 || response.status === 403) forgetSessionToken();
    const text = await response.text();
    let decoded: unknown;
    try {
      decoded = decodeWire(text);
    } catch {
      throw new ApiError(`http-${response.status}`, text.trim() || `The host answered ${response.status}.`);
    }
    return unwrapEnvelope(decoded);
  };
