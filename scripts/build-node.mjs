// Bundles the command line (and with it the browser host) for plain Node, and links `kanal` into
// node_modules/.bin so `npx kanal` and tools that call node_modules/.bin/kanal find it.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { IMPORT_WORKER_NAME, IMPORT_WORKER_SOURCE } from './importWorkerEntry.mjs';

// What every command needs at start goes into the bundle: loading zod as its hundreds of modules took longer than
// the rest of `kanal posts`. Every other package stays external and loads only with the command that needs it.
const BUNDLED = new Set(['zod', 'lowdb']);
const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8'));
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

// Chunks are named by content: a fresh folder leaves no stale ones behind.
rmSync('out/cli', { recursive: true, force: true });
await build({
  // The import worker beside the command, which starts it for `kanal import` and the browser host's imports.
  entryPoints: { kanal: 'electron/cli/index.ts', [IMPORT_WORKER_NAME]: IMPORT_WORKER_SOURCE },
  outdir: 'out/cli',
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

mkdirSync('node_modules/.bin', { recursive: true });
rmSync('node_modules/.bin/kanal', { force: true });
symlinkSync('../../bin/kanal.mjs', 'node_modules/.bin/kanal');
