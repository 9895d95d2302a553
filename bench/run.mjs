// `npm run bench [-- --quick] [--only import,store,…]`: bundles the TypeScript benchmarks for plain Node, prints each figure against its
// baseline from the same run (these machines are noisy; ratios are what count) and writes bench/results.json.
// It never fails on a figure: `meets` says whether each holds.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IMPORT_WORKER_NAME, IMPORT_WORKER_SOURCE } from '../scripts/importWorkerEntry.mjs';

const quick = process.argv.includes('--quick');
const outfile = resolve('out/bench/bench.mjs');
await build({
  // Imports run in the worker as in the app: its script goes beside the benchmark's.
  entryPoints: { bench: 'bench/index.ts', [IMPORT_WORKER_NAME]: IMPORT_WORKER_SOURCE },
  outdir: resolve('out/bench'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
const { runBenchmarks, benchPartNames } = await import(pathToFileURL(outfile).href);
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt === -1 ? benchPartNames : (process.argv[onlyAt + 1] ?? '').split(',').filter(Boolean);
const unknown = only.filter((name) => !benchPartNames.includes(name));
if (unknown.length > 0 || only.length === 0) {
  console.error(`--only takes a comma-separated list of: ${benchPartNames.join(', ')}`);
  process.exit(2);
}

const cell = (value, unit) => (value === null ? '—' : `${value}${unit === 'ratio' ? '×' : ` ${unit}`}`);
const printRows = (figures) => {
  for (const f of figures) {
    const shown =
      f.baseline === null
        ? cell(f.median, f.unit)
        : `${cell(f.ratio, 'ratio')} (${f.median} vs ${f.baseline} ${f.unit})`;
    const target = f.target === null ? 'no target' : `target ≤ ${f.target}${f.baseline === null ? ` ${f.unit}` : '×'}`;
    const mark = f.meets === null ? ' ' : f.meets ? '✓' : '✗';
    console.log(`${mark} ${f.name}: ${shown}, ${target}`);
  }
};
const results = await runBenchmarks(quick, printRows, only);
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
const missed = results.figures.filter((f) => f.meets === false).length;
console.log(`bench/results.json written: ${results.figures.length} figures, ${missed} short of their target.`);
