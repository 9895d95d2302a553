import type { AuthorIdentities, NormalizedImport } from '../normalizedTypes';
import type { ParsedImport } from '../../shared/importTypes';
import { normalizeThread } from './normalizeThread';
import { addSkipCounts, emptySkipCounts } from './skipCounts';

// Every thread of a parsed file through the comment rules, with the skip counts of parser and rules added up.
export function normalizeImport(parsed: ParsedImport, identities: AuthorIdentities): NormalizedImport {
  const skipped = addSkipCounts(emptySkipCounts(), parsed.skipped ?? {});
  const warnings = [...parsed.warnings];
  const threads = parsed.threads.map((source) => {
    const result = normalizeThread(source, parsed.format, identities);
    addSkipCounts(skipped, result.skipped);
    warnings.push(...result.warnings);
    return result.thread;
  });
  return { format: parsed.format, threads, skipped, warnings };
}
