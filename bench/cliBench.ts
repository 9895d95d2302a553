import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateLibrary, type LibrarySize } from './data/library';
import { absolute, paired, relative, type Figure } from './figure';
import type { BenchSizes } from './sizes';

const kanalBin = resolve('bin/kanal.mjs');

// Runs a Node process to its end; with `rssReport`, that process says its peak memory on stderr as it exits.
function run(args: string[], rssReport?: string): { rssMb: number } {
  const preload = rssReport ? ['--import', pathToFileURL(rssReport).href] : [];
  const child = spawnSync(process.execPath, [...preload, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (child.status !== 0) throw new Error(`${args.join(' ')} failed: ${child.stderr}`);
  const rss = /maxrss=(\d+)/.exec(child.stderr)?.[1];
  return { rssMb: rss ? (Number(rss) * 1024) / 1e6 : NaN };
}

async function libraryIn(folder: string, size: LibrarySize): Promise<string> {
  const dataFile = join(folder, 'kanal.json');
  await generateLibrary(dataFile, size);
  return dataFile;
}

export async function cliBench(sizes: BenchSizes): Promise<Figure[]> {
  const folder = mkdtempSync(join(tmpdir(), 'kanal-bench-cli-'));
  try {
    const rssReport = join(folder, 'rss.mjs');
    writeFileSync(
      rssReport,
      "process.on('exit', () => process.stderr.write(`maxrss=${process.resourceUsage().maxRSS}\\n`));\n",
    );
    const runs = sizes.runs * 2;

    const empty = join(folder, 'empty', 'kanal.json');
    run([kanalBin, 'posts', '--json', '--data', empty]);
    const start = paired(
      runs,
      () => run([kanalBin, 'posts', '--json', '--data', empty]),
      () => run(['-e', '0']),
    );

    const small = await libraryIn(join(folder, 'small'), sizes.library);
    const parseRoot = `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(small)}, 'utf8'))`;
    const list = paired(
      runs,
      () => run([kanalBin, 'posts', '--json', '--data', small]),
      () => run(['-e', parseRoot]),
    );
    const rootKb = readFileSync(small).byteLength / 1000;

    const big = await libraryIn(join(folder, 'big'), sizes.bigLibrary);
    const bigRuns = await paired(
      sizes.runs,
      () => run([kanalBin, 'posts', '--json', '--data', big]),
      () => undefined,
    );
    const memory = Array.from(
      { length: sizes.runs },
      () => run([kanalBin, 'posts', '--json', '--data', big], rssReport).rssMb,
    );

    const [startMs, listMs] = [await start, await list];
    return [
      relative('CLI start: kanal posts --json on an empty library, vs node -e 0', startMs.values, startMs.baseline, 2),
      relative(
        `open the ${sizes.library.posts}-post library to its post list (kanal posts --json), vs a Node process parsing the ${rootKb.toFixed(0)} kB root`,
        listMs.values,
        listMs.baseline,
        1.5,
      ),
      absolute(
        `open the ${sizes.bigLibrary.posts}-post, ${sizes.bigLibrary.comments}-comment library to its post list (kanal posts --json)`,
        'ms',
        bigRuns.values,
        1000,
      ),
      absolute('memory of that process, peak', 'MB', memory, 300),
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
