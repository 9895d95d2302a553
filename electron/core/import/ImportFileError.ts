import type { ImportErrorCode, ImportErrorParams } from '../shared/importErrorCodes';

// A file Kanal refuses to import; nothing from it is kept. `problem` reads on its own, `message` names the file,
// `code` and `params` let the app say it in the author's language.
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';

  constructor(
    readonly fileName: string,
    readonly code: ImportErrorCode,
    readonly problem: string,
    readonly params: ImportErrorParams = {},
  ) {
    super(`Kanal cannot import “${fileName}”: ${problem}.`);
  }
}
