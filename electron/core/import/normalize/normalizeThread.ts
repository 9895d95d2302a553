import type { ImportDigest, ThreadFormat } from '../../shared/schema';
import type { AuthorIdentities, NormalizedComment, NormalizedThread } from '../normalizedTypes';
import type { ImportedThread, SkipCounts } from '../../shared/importTypes';
import { capCommentSize, cutCommentWarning } from './capCommentSize';
import type { CleanComment } from './cleanComment';
import { commentFingerprint, uniqueFingerprints } from './commentFingerprint';
import { dropDuplicates } from './dropDuplicates';
import { dropUnwanted } from './dropUnwanted';
import { isByAuthor } from './isByAuthor';
import { resolveParents } from './resolveParents';
import { addSkipCounts, emptySkipCounts } from './skipCounts';
import { threadFields } from './threadFields';
import { threadMentions } from './threadMentions';
import { uniqueExternalIds } from './uniqueExternalIds';

export interface NormalizedThreadResult {
  thread: NormalizedThread;
  skipped: SkipCounts;
  warnings: string[];
}

// Flat sources carry no threading of their own; "@Name" is all there is.
const FLAT_FORMATS = new Set<ThreadFormat>(['text']);

// One thread from parser output to what Kanal keeps: dropped, de-duplicated, threaded, attributed, fingerprinted.
// `digest` names the thread as read (threadDigest).
export function normalizeThread(
  source: ImportedThread,
  format: ThreadFormat,
  identities: AuthorIdentities,
  digest: string,
): NormalizedThreadResult {
  const capped = capCommentSize(uniqueExternalIds(source.comments));
  const { kept, skipped } = dropUnwanted(capped.comments, format);
  const deduplicated = dropDuplicates(kept);
  skipped.duplicate += deduplicated.duplicateOf.size;
  const threaded = FLAT_FORMATS.has(format) ? threadMentions(deduplicated.kept) : deduplicated.kept;
  const settled = resolveParents(threaded, deduplicated.duplicateOf);
  const fingerprints = uniqueFingerprints(settled.map((c) => commentFingerprint(format, source.sourceKey, c)));
  const comments = settled.map((c, i) =>
    toNormalized(c, fingerprints[i] ?? '', isByAuthor(c, source.author, identities)),
  );
  const fields = threadFields(source);
  const warnings = settled.flatMap((c) => {
    const length = capped.lengthBefore.get(c.source);
    return length === undefined ? [] : [cutCommentWarning(fields.title, c.author.name, length)];
  });
  return {
    thread: {
      ...fields,
      importDigest: { digest, skipped: countedOnly(skipped), warnings },
      unchanged: false,
      comments,
    },
    skipped,
    warnings,
  };
}

// The thread the library already holds from an import of the same digest: what that import dropped and noted stands,
// and its comments are left as they are.
export function unchangedThread(source: ImportedThread, known: ImportDigest): NormalizedThreadResult {
  const thread: NormalizedThread = { ...threadFields(source), importDigest: known, unchanged: true, comments: [] };
  return { thread, skipped: addSkipCounts(emptySkipCounts(), known.skipped), warnings: [...known.warnings] };
}

// The reasons that dropped any comment, and how many each.
const countedOnly = (skipped: SkipCounts): ImportDigest['skipped'] =>
  Object.fromEntries(Object.entries(skipped).filter(([, count]) => count > 0));

function toNormalized(c: CleanComment, fingerprint: string, byAuthorSource: boolean): NormalizedComment {
  return {
    externalId: c.externalId,
    parentExternalId: c.parentExternalId,
    author: c.author,
    date: c.date,
    status: c.status,
    kind: c.kind,
    orphan: c.orphan,
    byAuthorSource,
    html: c.html,
    text: c.text,
    fingerprint,
    ...(c.source.wordpress ? { wordpress: c.source.wordpress } : {}),
    ...(c.source.kanal?.replyId ? { kanalReplyId: c.source.kanal.replyId } : {}),
  };
}
