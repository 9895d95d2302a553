// Bundles the command line (and with it the browser host) for plain Node, and links `kanal` into
// node_modules/.bin so `npx kanal` and tools that call node_modules/.bin/kanal find it.
import { build } from 'esbuild';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';

await build({
  entryPoints: { kanal: 'electron/cli/index.ts' },
  outdir: 'out/cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});

mkdirSync('node_modules/.bin', { recursive: true });
rmSync('node_modules/.bin/kanal', { force: true });
symlinkSync('../../bin/kanal.mjs', 'node_modules/.bin/kanal');
