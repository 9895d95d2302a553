import { TimeSlices } from '../../search/timeSlices';
import type { AuthorIdentities, NormalizedImport } from '../normalizedTypes';
import type { ParsedImport } from '../../shared/importTypes';
import { normalizeThread } from './normalizeThread';
import { addSkipCounts, emptySkipCounts } from './skipCounts';

// Every thread of a parsed file through the comment rules, with the skip counts of parser and rules added up.
// Thread by thread, letting the event loop run between slices: a big export's comments take a second or more.
export async function normalizeImport(parsed: ParsedImport, identities: AuthorIdentities): Promise<NormalizedImport> {
  const skipped = addSkipCounts(emptySkipCounts(), parsed.skipped ?? {});
  const warnings = [...parsed.warnings];
  const threads: NormalizedImport['threads'] = [];
  const slices = new TimeSlices();
  for (const source of parsed.threads) {
    const result = normalizeThread(source, parsed.format, identities);
    addSkipCounts(skipped, result.skipped);
    warnings.push(...result.warnings);
    threads.push(result.thread);
    if (slices.due()) await slices.pause();
  }
  return { format: parsed.format, threads, skipped, warnings };
}
