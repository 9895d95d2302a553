import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { SaxesParser } from 'saxes';
import { MAX_IMPORT_STATUS_WAIT_MS, type ImportFormat } from '../electron/core/api';
import { loadHeavyModulesAhead } from '../electron/core/heavyModules';
import { parseImportFile } from '../electron/core/import';
import { openKanal, type Kanal } from '../electron/core/openKanal';
import { followImport } from '../electron/core/shared/followImport';
import { generateDisqus } from './data/disqus';
import { generateWxr } from './data/wxr';
import { absolute, paired, relative, timeMs, type Figure } from './figure';
import { bareDurableWrites, librarySizes, markupComments, readOnly, sanitizeOnly } from './importFloors';
import type { BenchSizes } from './sizes';

// The floor: the same strict, namespace-aware parser over the same bytes, doing nothing but counting elements.
export function bareParse(data: Uint8Array): number {
  const parser = new SaxesParser({ xmlns: true });
  let elements = 0;
  parser.on('opentag', () => {
    elements++;
  });
  parser.write(new TextDecoder().decode(data)).close();
  return elements;
}

// Imports a file as the app does, as a job, and waits for its summary.
export async function importInto(kanal: Kanal, data: Uint8Array<ArrayBuffer>, format: ImportFormat = 'auto') {
  const job = kanal.services.imports.start({ files: [{ name: 'export.xml', data }], format });
  const summary = await followImport(kanal.services.imports, job, { waitMs: MAX_IMPORT_STATUS_WAIT_MS });
  if (summary.errors.some((e) => e.refused)) throw new Error(summary.errors.map((e) => e.message).join('; '));
  return summary;
}

const pairOf = (measured: { values: number[]; baseline: number[] }): [number[], number[]] => [
  measured.values,
  measured.baseline,
];

// The longest the event loop waited while `work` ran, in milliseconds.
async function longestBlock(work: () => Promise<unknown>): Promise<number> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  await work();
  delay.disable();
  return delay.max / 1e6;
}

export async function importBench(sizes: BenchSizes): Promise<Figure[]> {
  const folder = mkdtempSync(join(tmpdir(), 'kanal-bench-import-'));
  const { runs } = sizes;
  // As the app does at start: the import worker is ready before the first import.
  await loadHeavyModulesAhead();
  try {
    const wxr = new TextEncoder().encode(generateWxr(sizes.wxr));
    const disqus = new TextEncoder().encode(generateDisqus(sizes.disqus.threads, sizes.disqus.comments));
    const wxrLabel = `${(wxr.byteLength / 1e6).toFixed(1)} MB WXR, ${sizes.wxr.posts} posts, ${sizes.wxr.posts * sizes.wxr.commentsPerPost} comments`;
    const blocks: number[] = [];

    const parse = await paired(
      runs,
      () =>
        parseImportFile({ name: 'export.xml', data: wxr }, { format: 'auto', identities: { names: [], emails: [] } }),
      () => bareParse(wxr),
    );
    const wxrMarkup = await markupComments(wxr, 'wxr');
    const disqusMarkup = await markupComments(disqus, 'disqus');
    const readFloor = await paired(
      runs,
      () => readOnly(wxr, 'wxr'),
      () => bareParse(wxr),
    );
    const sanitizeFloor = await paired(
      runs,
      () => sanitizeOnly(wxrMarkup),
      () => bareParse(wxr),
    );

    // Imports into a new library per run, each beside a bare pass and the same files written durably alone;
    // the WordPress export is imported a second time, with nothing new.
    const newLibraryRuns = async (name: string, bytes: Uint8Array<ArrayBuffer>, importAgain: boolean) => {
      const result = {
        first: [] as number[],
        again: [] as number[],
        bare: [] as number[],
        writes: [] as number[],
        files: 0,
      };
      for (let run = 0; run < runs; run++) {
        const dataFile = join(folder, `${name}-${run}`, 'kanal.json');
        const kanal = await openKanal(dataFile);
        let ms = 0;
        blocks.push(await longestBlock(async () => (ms = await timeMs(() => importInto(kanal, bytes, 'auto')))));
        result.first.push(ms);
        result.bare.push(await timeMs(() => bareParse(bytes)));
        const written = librarySizes(dataFile);
        result.files = written.length;
        result.writes.push(await timeMs(() => bareDurableWrites(join(folder, `${name}-floor-${run}`), written)));
        if (importAgain) {
          blocks.push(await longestBlock(async () => (ms = await timeMs(() => importInto(kanal, bytes, 'auto')))));
          result.again.push(ms);
        }
        await kanal.close();
      }
      return result;
    };
    const { first, again, bare: bareWxr, writes: wxrWrites, files: wxrFiles } = await newLibraryRuns('wxr', wxr, true);
    const {
      first: disqusRuns,
      bare: bareDisqus,
      writes: disqusWrites,
      files: disqusFiles,
    } = await newLibraryRuns('disqus', disqus, false);
    const disqusReadFloor = await paired(
      runs,
      () => readOnly(disqus, 'disqus'),
      () => bareParse(disqus),
    );
    const disqusSanitizeFloor = await paired(
      runs,
      () => sanitizeOnly(disqusMarkup),
      () => bareParse(disqus),
    );
    const floor = (what: string, values: number[], baseline: number[]): Figure =>
      relative(`floor: ${what}, vs a bare saxes pass`, values, baseline, null);

    return [
      relative(`read + normalize + sanitize the ${wxrLabel}, vs a bare saxes pass`, parse.values, parse.baseline, 2),
      floor('reading it into items alone, nothing normalized (all of importing it again)', ...pairOf(readFloor)),
      floor(`sanitize-html alone over its ${wxrMarkup.length} comments with markup`, ...pairOf(sanitizeFloor)),
      relative(`the same export into a new library (all durable), vs a bare saxes pass`, first, bareWxr, 3),
      floor(`writing ${wxrFiles} files of that library's sizes durably alone`, wxrWrites, bareWxr),
      relative(`importing it again when nothing is new, vs a bare saxes pass`, again, bareWxr, 1.5),
      relative(
        `import a ${(disqus.byteLength / 1e6).toFixed(1)} MB Disqus export, ${sizes.disqus.comments} comments, vs a bare saxes pass`,
        disqusRuns,
        bareDisqus,
        2,
      ),
      floor('reading the Disqus export into items alone', ...pairOf(disqusReadFloor)),
      floor(`sanitize-html alone over its ${disqusMarkup.length} comments with markup`, ...pairOf(disqusSanitizeFloor)),
      floor(`writing ${disqusFiles} files of its library's sizes durably alone`, disqusWrites, bareDisqus),
      absolute('longest event-loop block during the imports above', 'ms', blocks, 50),
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
