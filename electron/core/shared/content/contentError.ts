import type { ImportErrorCode, ImportErrorParams } from '../importErrorCodes';

// A post body or reply that cannot be accepted; the message is shown to the author as it is. Met in an import,
// it refuses the file under `code`.
export class ContentError extends Error {
  override name = 'ContentError';

  constructor(
    message: string,
    readonly code: ImportErrorCode = 'failed',
    readonly params: ImportErrorParams = {},
  ) {
    super(message);
  }
}
