import { MAX_IMPORT_MEGABYTES, megabytes, tooBigToImport } from '../shared/limits';
import { ImportFileError } from './ImportFileError';

// The refusal of a file over the import limit, with the numbers the app's own sentence needs.
export const tooBigFile = (name: string, bytes: number): ImportFileError =>
  new ImportFileError(name, 'too-big', tooBigToImport(bytes), {
    size: megabytes(bytes),
    limit: MAX_IMPORT_MEGABYTES,
  });
