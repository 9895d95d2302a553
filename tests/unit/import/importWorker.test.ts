import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToDoc } from '../../../electron/core/content/htmlToDoc';
import { ImportFileError } from '../../../electron/core/import';
import type { ImportRunner } from '../../../electron/core/import/worker/importRunner';
import { inThreadRunner } from '../../../electron/core/import/worker/inThreadRunner';
import { runImportsInWorker } from '../../../electron/core/import/worker/runImportsIn';
import { workerRunner } from '../../../electron/core/import/worker/workerRunner';
import { IMPORT_WORKER_NAME, IMPORT_WORKER_SOURCE } from '../../../scripts/importWorkerEntry.mjs';
import { runImport } from '../../helpers/runImport';
import { useTempKanal } from '../../helpers/useTempKanal';
import { fixturePath, NO_IDENTITIES, readFixture } from './importFixture';

// The worker script bundled as the builds bundle it, inside the project so its packages resolve.
let folder = '';
let worker: ImportRunner;
beforeAll(async () => {
  // Inside the project, so the bundle finds its packages in node_modules; out/ is not there before the first build.
  const out = join(import.meta.dirname, '..', '..', '..', 'out');
  mkdirSync(out, { recursive: true });
  folder = mkdtempSync(join(out, 'worker-test-'));
  await build({
    entryPoints: { [IMPORT_WORKER_NAME]: IMPORT_WORKER_SOURCE },
    outdir: folder,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  const script = pathToFileURL(join(folder, `${IMPORT_WORKER_NAME}.mjs`));
  worker = workerRunner(script);
  runImportsInWorker(script);
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const ctx = useTempKanal();

describe('imports in the worker thread', () => {
  it('read a WordPress export into the same threads as in this thread, with progress up to its size', async () => {
    const data = readFixture('wxr-threads.xml');
    const progress: number[] = [];
    const options = { format: 'auto' as const, identities: NO_IDENTITIES };
    const inWorker = await worker.parse(
      { name: 'wxr-threads.xml', data },
      { ...options, onProgress: (done) => progress.push(done) },
    );
    expect(inWorker).toEqual(await inThreadRunner.parse({ name: 'wxr-threads.xml', data }, options));
    expect(inWorker.threads.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(data.byteLength);
  });

  it('refuse a file as this thread does, with the reason’s code', async () => {
    const data = readFixture('xxe.xml');
    const refusal = await worker.parse({ name: 'xxe.xml', data }, { format: 'auto', identities: NO_IDENTITIES }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(ImportFileError);
    const inThread = await inThreadRunner
      .parse({ name: 'xxe.xml', data }, { format: 'auto', identities: NO_IDENTITIES })
      .catch((error: unknown) => error as ImportFileError);
    expect((refusal as ImportFileError).code).toBe((inThread as ImportFileError).code);
    expect((refusal as ImportFileError).message).toBe((inThread as ImportFileError).message);
  });

  it('make the documents of new posts as htmlToDoc does', async () => {
    const htmls = ['<p>Hej <strong>B2B</strong></p>', 'Rad ett\n\nRad två', '<ul><li>ett<li>två</ul>'];
    expect(await worker.postDocs(htmls)).toEqual(htmls.map((html) => htmlToDoc(html)));
  });

  it('land in the library as an import job: threads, posts and comments', async () => {
    const kanal = ctx.kanal();
    const data = new Uint8Array(readFileSync(fixturePath('wxr-threads.xml')));
    const summary = await runImport(kanal, [{ name: 'wxr-threads.xml', data }]);
    expect(summary.errors.filter((e) => e.refused)).toEqual([]);
    expect(summary.threads.length).toBeGreaterThan(0);
    expect(summary.threads.every((t) => t.newPost)).toBe(true);
    const threads = await kanal.services.threads.list();
    expect(threads.map((t) => t.title).sort()).toEqual(summary.threads.map((t) => t.title).sort());
    const post = await kanal.services.posts.get({ id: summary.threads[0]?.postId ?? '' });
    expect(post.doc.content?.length).toBeGreaterThan(0);
  });
});
