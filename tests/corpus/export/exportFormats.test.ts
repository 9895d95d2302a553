import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFormatSchema } from '../../../electron/core/api';
import { openKanal, type Kanal } from '../../../electron/core/openKanal';
import type { HostileSample } from '../../fixtures/hostile/hostileMarkup';
import { tempFolder, testDeps } from '../../helpers/tempLibrary';
import { exportPost } from '../../unit/export/exportBlog';
import { importHostile, liveMarkupIn } from '../../unit/export/importHostile';
import { dompurifyPayloads, h5scVectors } from '../corpusFixtures';

const samples: HostileSample[] = [...(await dompurifyPayloads()), ...h5scVectors()];
// Exporting changes nothing in the library: the corpora are imported once for every format.
const temp = tempFolder();
let kanal: Kanal;
let postId: string;
beforeAll(async () => {
  kanal = await openKanal(temp.dataFile, { deps: testDeps() });
  postId = await importHostile(kanal, samples);
});
afterAll(async () => {
  await kanal.close();
  temp.cleanup();
});

describe('the DOMPurify and H5SC payloads imported as comments and a reply, then exported', () => {
  it.each(exportFormatSchema.options)('as %s leave nothing that could run, load or submit', async (format) => {
    const file = await exportPost(kanal, format, { postId, withThread: true, pingbacks: true, pending: true });
    expect(liveMarkupIn[format](file.content)).toEqual([]);
  });
});
