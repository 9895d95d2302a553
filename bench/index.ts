import { cpus, totalmem } from 'node:os';
import { runImportsInWorker } from '../electron/core/import/worker/runImportsIn';
import { answerBench } from './answerBench';
import { bundleBench } from './bundleBench';
import { cliBench } from './cliBench';
import { editableLoadBench } from './editableLoadBench';
import { exportBench } from './exportBench';
import type { Figure } from './figure';
import { importBench } from './importBench';
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

// Every figure of the benchmark, each against its baseline from the same run.
export async function runBenchmarks(quick: boolean, onFigures: (figures: Figure[]) => void): Promise<BenchResults> {
  const sizes = quick ? quickSizes : fullSizes;
  const figures: Figure[] = [];
  for (const part of [
    importBench,
    storeBench,
    cliBench,
    answerBench,
    exportBench,
    queuePaintBench,
    editableLoadBench,
    typingBench,
    bundleBench,
  ]) {
    const more = await part(sizes);
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
      date: new Date().toISOString(),
    },
    figures,
  };
}
