import type { ThreadFormat } from '../../shared/schema';
import { cleanAuthorName, cleanEmail } from '../html/cleanAuthor';
import { htmlToText } from '../html/htmlToText';
import { allowedUrlField, WEB_SCHEMES } from '../../shared/policy';
import { toTextLine } from '../html/toTextLine';
import type { AuthorIdentities, NormalizedComment, NormalizedThread } from '../normalizedTypes';
import type { ImportedAuthor, ImportedThread, SkipCounts } from '../../shared/importTypes';
import { capCommentSize, cutCommentWarning } from './capCommentSize';
import type { CleanComment } from './cleanComment';
import { cleanLanguageTag } from './cleanLanguageTag';
import { commentFingerprint, uniqueFingerprints } from './commentFingerprint';
import { dropDuplicates } from './dropDuplicates';
import { dropUnwanted } from './dropUnwanted';
import { isByAuthor } from './isByAuthor';
import { resolveParents } from './resolveParents';
import { threadMentions } from './threadMentions';
import { uniqueExternalIds } from './uniqueExternalIds';

export interface NormalizedThreadResult {
  thread: NormalizedThread;
  skipped: SkipCounts;
  warnings: string[];
}

// The longest title a post may have (the contract's limit on posts.save).
const MAX_TITLE_LENGTH = 500;

// Flat sources carry no threading of their own; "@Name" is all there is.
const FLAT_FORMATS = new Set<ThreadFormat>(['text']);

// One thread from parser output to what Kanal keeps: dropped, de-duplicated, threaded, attributed, fingerprinted.
export function normalizeThread(
  source: ImportedThread,
  format: ThreadFormat,
  identities: AuthorIdentities,
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
  const { comments: _raw, ...post } = source;
  const title = toTextLine(source.title, MAX_TITLE_LENGTH);
  const postText = source.postHtml ? htmlToText(source.postHtml) : '';
  const warnings = settled.flatMap((c) => {
    const length = capped.lengthBefore.get(c.source);
    return length === undefined ? [] : [cutCommentWarning(title, c.author.name, length)];
  });
  return {
    thread: {
      ...post,
      title,
      // The post's address is shown as a link and matched against posts: the web only, like an author's.
      url: allowedUrlField(source.url, WEB_SCHEMES),
      lang: cleanLanguageTag(source.lang),
      author: source.author && cleanPostAuthor(source.author),
      suggestedText: [title, postText].filter((t) => t !== '').join('\n\n'),
      comments,
    },
    skipped,
    warnings,
  };
}

// The post author keeps its account ids; name and e-mail are cleaned like a commenter's.
function cleanPostAuthor(author: ImportedAuthor): ImportedAuthor {
  const { email: _email, ...rest } = author;
  const email = cleanEmail(author.email);
  return { ...rest, name: cleanAuthorName(author.name), ...(email ? { email } : {}) };
}

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
