import type { ImportFile } from './useImportJob';
import { PASTED_FILE_NAME } from './importFormats';

export const readFiles = (files: File[]): Promise<ImportFile[]> =>
  Promise.all(files.map(async (file) => ({ name: file.name, data: new Uint8Array(await file.arrayBuffer()) })));

export const pastedFile = (text: string): ImportFile => ({
  name: PASTED_FILE_NAME,
  data: new TextEncoder().encode(text),
});
