import { htmlToDoc } from '../../content/htmlToDoc';
import { parseImportFile } from '../index';
import type { ImportRunner } from './importRunner';

// The import's work in the calling thread: what the worker itself runs, and what tests run without a build.
export const inThreadRunner: ImportRunner = {
  parse: (input, options) => parseImportFile(input, options),
  postDocs: async (htmls) => htmls.map((html) => htmlToDoc(html)),
  prepare: () => undefined,
};
