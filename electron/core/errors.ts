// An error the author can read: `code` for programs, `message` in plain words.
export class KanalError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'KanalError';
  }
}

export const notFound = (what: string, id: string): KanalError =>
  new KanalError('not-found', `No ${what} with id ${id}.`);
