import { cpus, totalmem } from 'node:os';
import { runImportsInWorker } from '../electron/core/import/worker/runImportsIn';
import { answerBench } from './answerBench';
import { bundleBench } from './bundleBench';
import { cliBench } from './cliBench';
import { editableLoadBench } from './editableLoadBench';
import { exportBench } from './exportBench';
import type { Figure } from './figure';
import { importBench } from './importBench';
import { peerBench } from './peerBench';
import { queuePaintBench } from './queuePaintBench';
import { fullSizes, quickSizes } from './sizes';
import { storeBench } from './storeBench';
import { typingBench } from './typingBench';

export interface BenchResults {
  machine: Record<string, string | number>;
  figures: Figure[];
}

// Imports run in the worker the benchmark's build puts beside it, as they do in the app.
runImportsInWorker(new URL('./importWorker.mjs', import.meta.url));

// The benchmark's parts by the name `--only` takes.
const parts = {
  import: importBench,
  peer: peerBench,
  store: storeBench,
  cli: cliBench,
  answer: answerBench,
  export: exportBench,
  queuePaint: queuePaintBench,
  editableLoad: editableLoadBench,
  typing: typingBench,
  bundle: bundleBench,
};
export type BenchPart = keyof typeof parts;
export const benchPartNames = Object.keys(parts) as BenchPart[];

// Every figure of the benchmark (or of the parts named), each against its baseline from the same run.
export async function runBenchmarks(
  quick: boolean,
  onFigures: (figures: Figure[]) => void,
  only: readonly BenchPart[] = benchPartNames,
): Promise<BenchResults> {
  const sizes = quick ? quickSizes : fullSizes;
  const figures: Figure[] = [];
  for (const name of only) {
    const more = await parts[name](sizes);
    onFigures(more);
    figures.push(...more);
  }
  const cpu = cpus();
  return {
    machine: {
      cpu: cpu[0]?.model ?? 'unknown',
      cores: cpu.length,
      memoryGB: Math.round(totalmem() / 1e9),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      quick: quick ? 'yes' : 'no',
      parts: only.join(' '),
      date: new Date().toISOString(),
    },
    figures,
  };
}
