import { operationParts, type Envelope, type KanalBridge } from '../../electron/core/api';
import { ApiError } from './apiError';
import { unwrapEnvelope } from './envelope';
import type { Transport } from './transport';

type LooseBridge = Record<
  string,
  Record<string, ((input: unknown) => Promise<Envelope<unknown>>) | undefined> | undefined
>;

// Electron: the preload exposes every operation as window.kanal[namespace][method].
export const bridgeTransport =
  (bridge: KanalBridge): Transport =>
  async (name, input) => {
    const [namespace, method] = operationParts(name);
    const call = (bridge as unknown as LooseBridge)[namespace]?.[method];
    if (!call) throw new ApiError('unknown-operation', `This version of Kanal cannot do “${name}”.`);
    return unwrapEnvelope(await call(input));
  };
