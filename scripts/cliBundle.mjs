// How the command line (and with it the browser host) is bundled for plain Node: the build writes it to out/cli, and
// the test of what a command loads bundles it the same way.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { IMPORT_WORKER_NAME, IMPORT_WORKER_SOURCE } from './importWorkerEntry.mjs';

// What every command needs at start goes into the bundle: loading zod as its hundreds of modules took longer than
// the rest of `kanal posts`. Every other package stays external and loads only with the command that needs it.
const BUNDLED = new Set(['zod', 'lowdb']);
const { dependencies } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = Object.keys(dependencies)
  .filter((name) => !BUNDLED.has(name))
  .flatMap((name) => [name, `${name}/*`]);

// zod re-exports its error messages in some forty languages as `z.locales`; Kanal never uses them (its messages are
// its own), and they were half of the bundle every command compiles at start.
const withoutZodLocales = {
  name: 'without-zod-locales',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ importer }) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(importer)
        ? { path: 'zod-locales', namespace: 'without-zod-locales' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'without-zod-locales' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

// Bundles `kanal` and the import worker beside it into outdir (an empty folder, or one holding an older bundle only).
export async function bundleCli(outdir) {
  await build({
    // The import worker beside the command, which starts it for `kanal import` and the browser host's imports.
    entryPoints: { kanal: 'electron/cli/index.ts', [IMPORT_WORKER_NAME]: IMPORT_WORKER_SOURCE },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // What a command loads with import() (parsers, the page writer, the host) stays in chunks of its own,
    // so `kanal posts` never loads the importer's packages.
    splitting: true,
    external,
    plugins: [withoutZodLocales],
    sourcemap: true,
    logLevel: 'warning',
  });
}
