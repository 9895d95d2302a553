// A file Kanal refuses to import; nothing from it is kept. `problem` reads on its own, `message` names the file.
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';

  constructor(
    readonly fileName: string,
    readonly problem: string,
  ) {
    super(`Kanal cannot import “${fileName}”: ${problem}.`);
  }
}
