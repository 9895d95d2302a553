import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadHeavyModulesAhead } from '../../core/heavyModules';
import type { OpenLibrary } from '../openLibrary';
import { plainSystemError } from '../plainErrors';

// The built CLI lives in out/cli, the built renderer in out/renderer.
const rendererDir = (): string => join(dirname(fileURLToPath(import.meta.url)), '..', 'renderer');

export async function serveCommand(library: OpenLibrary, options: { port: number }): Promise<void> {
  const { startHost } = await import('../../host/server');
  const { readImage } = await import('../../core/images/readImages');
  const { dataFile } = await library.api.library.status({});
  const host = await startHost({
    handlers: library.handlers,
    rendererDir: rendererDir(),
    port: options.port,
    readImage: (name) => readImage(dataFile, name),
  }).catch((error: unknown) => {
    throw plainSystemError(error, { port: options.port });
  });
  const stop = () => {
    void host
      .close()
      .then(() => library.close())
      .then(() => process.exit(0));
  };
  // Listening before the address is printed: whoever reads it may stop the host at once, and is answered by a clean exit.
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.stdout.write(`${host.url}\n`);
  void loadHeavyModulesAhead();
}
