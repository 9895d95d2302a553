import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kanal } from '../../core/openKanal';
import { startHost } from '../../host/server';

// The built CLI lives in out/cli, the built renderer in out/renderer.
const rendererDir = (): string => join(dirname(fileURLToPath(import.meta.url)), '..', 'renderer');

export async function serveCommand(kanal: Kanal, port: number): Promise<void> {
  const host = await startHost({ handlers: kanal.handlers, rendererDir: rendererDir(), port });
  process.stdout.write(`${host.url}\n`);
  const stop = () => {
    void host.close().then(() => kanal.close()).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
