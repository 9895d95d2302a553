import { ContentError } from '../shared/content/contentError';
import { openTextFile } from './bytes/openTextFile';
import { detectFormat } from './detectFormat';
import { ImportFileError } from './ImportFileError';
import type { AuthorIdentities, ImportInput, ImportOptions, NormalizedImport } from './normalizedTypes';
import { normalizeImport } from './normalize/normalizeImport';
import { parseByFormat } from './parseByFormat';
import type { ParsedImport } from '../shared/importTypes';
import { refuseEntityDeclarations } from './xml/refuseDoctype';

export { detectFormat } from './detectFormat';
export { sanitizeCommentHtml } from './html/sanitizeCommentHtml';
export { ImportFileError } from './ImportFileError';
export { mergeComments, type MergedComments } from './mergeComments';
export { emptySkipCounts } from './normalize/skipCounts';
export { suggestChannelCodes } from './suggestChannelCodes';
export type {
  AuthorIdentities,
  ImportFormatOption,
  ImportInput,
  ImportOptions,
  NormalizedComment,
  NormalizedImport,
  NormalizedThread,
} from './normalizedTypes';

// Markup too deep to read safely refuses the whole file, as deep XML does.
async function normalizeOrRefuse(
  name: string,
  parsed: ParsedImport,
  identities: AuthorIdentities,
  known: ImportOptions['known'],
): Promise<NormalizedImport> {
  try {
    return await normalizeImport(parsed, identities, known);
  } catch (error) {
    if (error instanceof ContentError) throw new ImportFileError(name, error.code, error.message, error.params);
    throw error;
  }
}

const UNKNOWN_FORMAT = 'it is not a WordPress, Disqus or Blogger export, a saved comment page or pasted comment text';

// Reads one file into normalized threads; throws ImportFileError (and keeps nothing) for a file Kanal refuses.
export async function parseImportFile(input: ImportInput, options: ImportOptions): Promise<NormalizedImport> {
  const file = openTextFile(input.name, input.data);
  refuseEntityDeclarations(input.name, file.head);
  const format = options.format === 'auto' ? detectFormat(file.head) : options.format;
  if (!format) throw new ImportFileError(input.name, 'unknown-format', UNKNOWN_FORMAT);
  const parsed = await parseByFormat(format, file, options.onProgress);
  const normalized = await normalizeOrRefuse(input.name, parsed, options.identities, options.known);
  if (normalized.threads.length === 0) normalized.warnings.push(`“${input.name}” has no comments to import.`);
  return normalized;
}
