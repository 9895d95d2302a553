import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFormatSchema } from '../../../electron/core/api';
import { openKanal, type Kanal } from '../../../electron/core/openKanal';
import { hostileWxr, writePayloadsIntoStore } from '../../../e2e/corpus/hostileLibrary';
import { runImport } from '../../helpers/runImport';
import { tempFolder, testDeps } from '../../helpers/tempLibrary';
import { exportSeveral } from '../../unit/export/exportBlog';
import { liveMarkupIn } from '../../unit/export/importHostile';
import { dompurifyPayloads, h5scVectors } from '../corpusFixtures';

const payloads = [...(await dompurifyPayloads()), ...h5scVectors()].map((sample) => sample.html);
const temp = tempFolder();
let kanal: Kanal;

// The payloads imported, then written raw over what the import sanitized: every post's title, post bodies as text
// and link targets, and every comment's text, HTML, author name and author address, as a hand-edited library,
// a sync conflict or an older Kanal may hold them.
beforeAll(async () => {
  const importing = await openKanal(temp.dataFile, { deps: testDeps() });
  const xml = new Uint8Array(Buffer.from(hostileWxr(payloads)));
  await runImport(importing, [{ name: 'hostile.xml', data: xml }], 'wxr');
  await importing.close();
  writePayloadsIntoStore(temp.dataFile, payloads);
  kanal = await openKanal(temp.dataFile, { deps: testDeps() });
});
afterAll(async () => {
  await kanal.close();
  temp.cleanup();
});

it('opens the planted library as it is, not a backup of it', async () => {
  const titles = new Set((await kanal.services.posts.list({})).map((post) => post.title));
  expect(payloads.filter((payload) => titles.has(payload)).length).toBeGreaterThan(payloads.length / 2);
});

describe('the DOMPurify and H5SC payloads written straight into the stored files, then every post exported', () => {
  it.each(exportFormatSchema.options)('as %s leave nothing that could run, load or submit', async (format) => {
    const files = await exportSeveral(kanal, { format, withThread: true, pingbacks: true, pending: true });
    console.log(`planted payloads exported as ${format}: ${payloads.length} payloads, ${files.length} files`);
    expect(files.length).toBeGreaterThan(payloads.length / 2);
    for (const file of files) expect(liveMarkupIn[format](file.content), file.filename).toEqual([]);
  });
});
