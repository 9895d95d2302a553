import { TimeSlices } from '../../search/timeSlices';
import type { ImportDigest } from '../../shared/schema';
import type { AuthorIdentities, NormalizedImport } from '../normalizedTypes';
import type { ParsedImport } from '../../shared/importTypes';
import { normalizeThread, unchangedThread } from './normalizeThread';
import { addSkipCounts, emptySkipCounts } from './skipCounts';
import { carriesOwnReplies, threadDigest } from './threadDigest';

// Every thread of a parsed file through the comment rules, with the skip counts of parser and rules added up; a
// thread the library holds from an import of the same digest (`known`) keeps what that import made of it.
// Thread by thread, letting the event loop run between slices: a big export's comments take a second or more.
export async function normalizeImport(
  parsed: ParsedImport,
  identities: AuthorIdentities,
  known: readonly ImportDigest[] = [],
): Promise<NormalizedImport> {
  const skipped = addSkipCounts(emptySkipCounts(), parsed.skipped ?? {});
  const warnings = [...parsed.warnings];
  const threads: NormalizedImport['threads'] = [];
  const knownByDigest = new Map(known.map((entry) => [entry.digest, entry]));
  const slices = new TimeSlices();
  for (const source of parsed.threads) {
    const digest = threadDigest(parsed.format, source, identities);
    const seen = carriesOwnReplies(source) ? undefined : knownByDigest.get(digest);
    const result = seen ? unchangedThread(source, seen) : normalizeThread(source, parsed.format, identities, digest);
    addSkipCounts(skipped, result.skipped);
    warnings.push(...result.warnings);
    threads.push(result.thread);
    if (slices.due()) await slices.pause();
  }
  return { format: parsed.format, threads, skipped, warnings };
}
