import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { operations } from '../electron/core/api';
import { loadHeavyModulesAhead } from '../electron/core/heavyModules';
import { openKanal } from '../electron/core/openKanal';
import { generateWxr } from './data/wxr';
import { median, relative, type Figure } from './figure';
import { importInto } from './importBench';
import type { BenchSizes } from './sizes';

const PEER = 'wordpress-export-to-markdown';
const WALL_TARGET = 0.1;
const CPU_TARGET = 0.5;
// The peer waits 25 ms per file on purpose: a few runs of it are enough, and one in the quick form.
const PEER_RUNS = { quick: 1, full: 3 };

interface Run {
  wallMs: number;
  cpuMs: number;
}

const peerPackage = createRequire(import.meta.url).resolve(`${PEER}/package.json`);
const peerVersion = (): string => (JSON.parse(readFileSync(peerPackage, 'utf8')) as { version: string }).version;
// Loaded into the peer's process ahead of it: writes the CPU time it used as it exits, since Node does not report a
// child's CPU time to its parent.
const CPU_AT_EXIT = `data:text/javascript,${encodeURIComponent(
  "import { writeFileSync } from 'node:fs'; process.on('exit', () => { const u = process.resourceUsage(); " +
    'writeFileSync(process.env.KANAL_BENCH_CPU_FILE, String((u.userCPUTime + u.systemCPUTime) / 1000)); });',
)}`;

const markdownFilesIn = (folder: string): number =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md')).length;

// One run of the peer as its README says to run it without questions, its CPU time read back from the child.
async function runPeer(wxrFile: string, output: string): Promise<Run & { files: number }> {
  const cpuFile = join(output, '..', `${Date.now()}-cpu.txt`);
  const args = [
    '--import',
    CPU_AT_EXIT,
    join(dirname(peerPackage), 'index.js'),
    '--wizard=false',
    `--input=${wxrFile}`,
  ];
  args.push(`--output=${output}`, '--save-attached-images=false', '--save-scraped-images=false');
  const start = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, KANAL_BENCH_CPU_FILE: cpuFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (exit) => (exit === 0 ? resolve(exit) : reject(new Error(`exit ${exit}: ${stderr.trim()}`))));
  });
  const wallMs = performance.now() - start;
  if (code !== 0) throw new Error(`${PEER} stopped with exit code ${code}`);
  return { wallMs, cpuMs: Number(readFileSync(cpuFile, 'utf8')), files: markdownFilesIn(output) };
}

// Kanal's side: the export into a new library, all durable, then every post to Markdown, written to a folder.
async function runKanal(wxr: Uint8Array<ArrayBuffer>, folder: string): Promise<Run & { files: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const kanal = await openKanal(join(folder, 'kanal.json'));
  await importInto(kanal, wxr);
  const files = await kanal.services.export.several(operations['export.several'].input.parse({ format: 'md' }));
  const out = join(folder, 'markdown');
  mkdirSync(out, { recursive: true });
  for (const file of files) writeFileSync(join(out, file.filename), file.content);
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  await kanal.close();
  return { wallMs, cpuMs: (used.user + used.system) / 1000, files: markdownFilesIn(out) };
}

function failed(name: string, reason: string, target: number): Figure {
  return {
    name: `${name}: failed, ${reason}`,
    unit: 'ms',
    median: 0,
    min: 0,
    max: 0,
    baseline: null,
    ratio: 0,
    target,
    meets: false,
  };
}

// Kanal's import and Markdown export of the benchmark's WordPress export against the peer converting the same file,
// as ratios of wall time and of CPU time (the peer's deliberate waits make CPU the fairer one).
export async function peerBench(sizes: BenchSizes): Promise<Figure[]> {
  const folder = mkdtempSync(join(tmpdir(), 'kanal-bench-peer-'));
  // As the app does at start: the import worker is ready before the first import.
  await loadHeavyModulesAhead();
  const label = `Kanal's import into a new library + Markdown export of ${sizes.wxr.posts} posts, vs ${PEER} ${peerVersion()} on the same WXR`;
  try {
    const text = generateWxr(sizes.wxr);
    const wxrFile = join(folder, 'export.xml');
    writeFileSync(wxrFile, text);
    const wxr = new TextEncoder().encode(text);
    const peer: (Run & { files: number })[] = [];
    const kanal: Run[] = [];
    const runs = sizes.quick ? PEER_RUNS.quick : PEER_RUNS.full;
    for (let run = 0; run < runs; run++) {
      let peerRun: Run & { files: number };
      try {
        peerRun = await runPeer(wxrFile, join(folder, `peer-${run}`));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return [failed(`${label} (wall)`, reason, WALL_TARGET), failed(`${label} (CPU)`, reason, CPU_TARGET)];
      }
      if (peerRun.files === 0) {
        const reason = `${PEER} wrote no Markdown files`;
        return [failed(`${label} (wall)`, reason, WALL_TARGET), failed(`${label} (CPU)`, reason, CPU_TARGET)];
      }
      peer.push(peerRun);
      const ours = await runKanal(wxr, join(folder, `kanal-${run}`));
      if (ours.files < sizes.wxr.posts) throw new Error(`Kanal wrote ${ours.files} Markdown files`);
      kanal.push(ours);
    }
    const wall = (r: Run): number => r.wallMs;
    const cpu = (r: Run): number => r.cpuMs;
    const peerFiles = median(peer.map((r) => r.files));
    return [
      relative(`${label} (wall; the peer wrote ${peerFiles} files)`, kanal.map(wall), peer.map(wall), WALL_TARGET),
      relative(`${label} (CPU)`, kanal.map(cpu), peer.map(cpu), CPU_TARGET),
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
