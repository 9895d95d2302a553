// `npm run bench`: bundles the TypeScript benchmarks for plain Node and prints each figure as a ratio
// against a baseline measured in the same run (these machines are noisy; absolute times mean little).
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const outfile = resolve('out/bench/bench.mjs');
await build({
  entryPoints: ['bench/index.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
const { runBenchmarks } = await import(pathToFileURL(outfile).href);
const results = await runBenchmarks();
for (const r of results) console.log(`${r.name}: ${r.ratio.toFixed(2)}x  (${r.details})`);
