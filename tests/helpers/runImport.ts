import { MAX_IMPORT_STATUS_WAIT_MS, type ImportFormat, type ImportSummary } from '../../electron/core/api';
import type { Kanal } from '../../electron/core/openKanal';
import { followImport } from '../../electron/core/shared/followImport';

// Imports files into the library as an import job, and waits for the job's summary.
export function runImport(
  kanal: Kanal,
  files: { name: string; data: Uint8Array<ArrayBuffer> }[],
  format: ImportFormat = 'auto',
): Promise<ImportSummary> {
  const job = kanal.services.imports.start({ files, format });
  return followImport(kanal.services.imports, job, { waitMs: MAX_IMPORT_STATUS_WAIT_MS });
}
