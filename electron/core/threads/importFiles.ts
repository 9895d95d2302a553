import type { ImportError, ImportFormat, ImportSummary } from '../api';
import type { Deps } from '../deps';
import { ImportFileError } from '../import/ImportFileError';
import { addSkipCounts, emptySkipCounts } from '../import/normalize/skipCounts';
import { importRunner } from '../import/worker/runImportsIn';
import type { ImportOptions } from '../import/normalizedTypes';
import type { Library } from '../store/library';
import type { ImportDigest } from '../shared/schema';
import { applyImport } from './applyImport';

export interface ImportFile {
  name: string;
  data: Uint8Array;
}

// Files go one after another, each its own transaction; `onProgress` hears the bytes read of all of them. Each file
// is read in the import runner (a worker thread in the app), so the process stays free to answer while it parses.
export async function importFiles(
  library: Library,
  deps: Deps,
  files: ImportFile[],
  format: ImportFormat,
  onProgress: (done: number) => void,
): Promise<ImportSummary> {
  const summary: ImportSummary = { threads: [], skipped: emptySkipCounts(), errors: [] };
  const runner = await importRunner();
  let before = 0;
  for (const file of files) {
    try {
      const options: ImportOptions = {
        format,
        identities: { names: library.data.settings.authorNames, emails: library.data.settings.authorEmails },
        onProgress: (done) => onProgress(before + done),
      };
      // Threads the library holds from an import of the very same content are recognised before normalizing.
      let parsed = await runner.parse(file, { ...options, known: importDigests(library) });
      let applied = await applyImport(library, deps, runner, parsed, file.name);
      if (!applied) {
        parsed = await runner.parse(file, options);
        applied = await applyImport(library, deps, runner, parsed, file.name);
      }
      if (!applied) throw new Error('the library changed while the file was read');
      summary.threads.push(...applied);
      addSkipCounts(summary.skipped, parsed.skipped);
      for (const warning of parsed.warnings) summary.errors.push({ file: file.name, message: warning, refused: false });
    } catch (error) {
      summary.errors.push(describeFailure(file.name, error));
    }
    before += file.data.byteLength;
    onProgress(before);
  }
  return summary;
}

const importDigests = (library: Library): ImportDigest[] =>
  library.data.threads.flatMap((thread) => (thread.importDigest ? [thread.importDigest] : []));

function describeFailure(file: string, error: unknown): ImportError {
  if (error instanceof ImportFileError)
    return { file, message: error.message, refused: true, code: error.code, params: error.params };
  const detail = error instanceof Error ? error.message : String(error);
  return {
    file,
    message: `${file} could not be imported, and nothing from it was kept: ${detail}`,
    refused: true,
    code: 'failed',
    params: { detail },
  };
}
