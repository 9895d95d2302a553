import { beforeEach, describe, expect, it } from 'vitest';
import { exportFormatSchema } from '../../../electron/core/api';
import type { HostileSample } from '../../fixtures/hostile/hostileMarkup';
import { useTempKanal } from '../../helpers/useTempKanal';
import { exportPost } from '../../unit/export/exportBlog';
import { importHostile, liveMarkupIn } from '../../unit/export/importHostile';
import { dompurifyPayloads, h5scVectors } from '../corpusFixtures';

const samples: HostileSample[] = [...(await dompurifyPayloads()), ...h5scVectors()];
const ctx = useTempKanal();
let postId: string;
beforeEach(async () => {
  postId = await importHostile(ctx.kanal(), samples);
});

describe('the DOMPurify and H5SC payloads imported as comments and a reply, then exported', () => {
  it.each(exportFormatSchema.options)('as %s leave nothing that could run, load or submit', async (format) => {
    const file = await exportPost(ctx.kanal(), format, { postId, withThread: true, pingbacks: true, pending: true });
    expect(liveMarkupIn[format](file.content)).toEqual([]);
  });
});
