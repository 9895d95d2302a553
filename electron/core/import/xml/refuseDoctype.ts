import { ImportFileError } from '../ImportFileError';

// Entity declarations are how XXE, billion-laughs and parameter-entity attacks start; no blog export needs them.
export function refuseDoctype(fileName: string, doctype: string): void {
  if (/<!ENTITY/i.test(doctype)) {
    throw new ImportFileError(fileName, 'it declares XML entities, which Kanal does not read');
  }
}
