// A usage or input problem: printed as one line, exit code 2 (1 is for refused imports and failures).
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}
