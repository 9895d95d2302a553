import type { ImportError, ImportFormat, ImportSummary } from '../api';
import type { Deps } from '../deps';
import { ImportFileError } from '../import/ImportFileError';
import { addSkipCounts, emptySkipCounts } from '../import/normalize/skipCounts';
import { importRunner } from '../import/worker/runImportsIn';
import type { Library } from '../store/library';
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
      const parsed = await runner.parse(file, {
        format,
        identities: { names: library.data.settings.authorNames, emails: library.data.settings.authorEmails },
        onProgress: (done) => onProgress(before + done),
      });
      summary.threads.push(...(await applyImport(library, deps, runner, parsed, file.name)));
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
