import { createHash } from 'node:crypto';
import type { AuthorIdentities } from '../normalizedTypes';
import type { ImportedThread } from '../../shared/importTypes';
import type { ThreadFormat } from '../../shared/schema';

// A thread exactly as the parser read it (every comment's raw HTML, author, date and status), with what else
// decides how its comments are normalized: equal digests normalize to the same comments.
export function threadDigest(format: ThreadFormat, source: ImportedThread, identities: AuthorIdentities): string {
  return createHash('sha256')
    .update(JSON.stringify([format, identities, source]))
    .digest('base64');
}

// Copies of the author's own replies are matched against the library's replies, which change between imports: such a
// thread is always normalized and merged in full.
export const carriesOwnReplies = (source: ImportedThread): boolean =>
  source.comments.some((comment) => comment.kanal?.replyId !== undefined);
