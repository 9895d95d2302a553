import { answerBench } from './answerBench';
import { exportBench } from './exportBench';
import { importBench } from './importBench';
import { storeBench } from './storeBench';

export async function runBenchmarks(): Promise<{ name: string; ratio: number; details: string }[]> {
  return [...(await importBench()), ...(await storeBench()), ...(await answerBench()), ...(await exportBench())];
}
