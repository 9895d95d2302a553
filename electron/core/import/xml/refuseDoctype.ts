import { ImportFileError } from '../ImportFileError';
import { readProlog } from './readProlog';

const ENTITY_DECLARATION = /<!ENTITY/i;

const declaresEntities = (fileName: string): ImportFileError =>
  new ImportFileError(fileName, 'entities', 'it declares XML entities, which Kanal does not read');

// Entity declarations are how XXE, billion-laughs and parameter-entity attacks start; no blog export needs them.
export function refuseDoctype(fileName: string, doctype: string): void {
  if (ENTITY_DECLARATION.test(doctype)) throw declaresEntities(fileName);
}

// The same refusal before format detection, so such a file is named for what it is whatever its root element.
export function refuseEntityDeclarations(fileName: string, head: string): void {
  const { doctype } = readProlog(head);
  if (doctype !== null) refuseDoctype(fileName, doctype);
}
